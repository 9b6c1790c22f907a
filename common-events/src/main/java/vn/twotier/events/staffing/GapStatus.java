package vn.twotier.events.staffing;

/** A unit's staffing against its frame: above it (dôi dư), at it, or below it (thiếu). */
public enum GapStatus {
    SURPLUS,
    AT_FRAME,
    SHORT
}
