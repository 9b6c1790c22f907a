package vn.twotier.events.merger;

/** Whether the whole predecessor went into the successor, or only part of it. */
public enum MergeShare {
    FULL,
    PARTIAL
}
