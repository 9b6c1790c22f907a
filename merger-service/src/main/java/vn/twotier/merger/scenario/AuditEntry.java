package vn.twotier.merger.scenario;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** Who did what to a scenario, when and why. */
public record AuditEntry(String action, @Nullable ScenarioStatus from, ScenarioStatus to, String actor, Instant at,
        @Nullable String reason, long revision) {
}
