package vn.twotier.merger.register.query;

import vn.twotier.events.merger.MergeShare;

/** A unit version reached by following lineage links {@code depth} steps from the asked unit. */
public record LineageEntry(int depth, String linkedFrom, MergeShare share, UnitView unit) {
}
