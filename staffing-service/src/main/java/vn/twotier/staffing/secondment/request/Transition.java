package vn.twotier.staffing.secondment.request;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One audited step of a request: what was done, from which status to which, by whom, when and why. */
public record Transition(String action, @Nullable RequestStatus from, RequestStatus to, String actor, Instant at,
        @Nullable String reason) {
}
