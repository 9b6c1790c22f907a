package vn.twotier.staffing.reference;

/** Expected number of one position inside a frame (a named set such as GOV2025). */
public record PositionNorm(String normSet, String positionCode, int count) {
}
