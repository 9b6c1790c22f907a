package vn.twotier.events.merger;

import org.jspecify.annotations.Nullable;

/** An existing unit, whole or partial, that goes into a proposed unit; {@code fraction} is known for partial shares. */
public record ProposedPart(String unitCode, MergeShare share, @Nullable Double fraction) {
}
