package vn.twotier.merger.scenario.api;

import org.jspecify.annotations.Nullable;

/** Why (required to reject or withdraw), and the version the caller saw (or send If-Match). */
public record TransitionRequest(@Nullable String reason, @Nullable Long version) {
}
