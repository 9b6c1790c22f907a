package vn.twotier.staffing.reference;

import org.jspecify.annotations.Nullable;

/**
 * The norms that apply to one unit on one date: its frame (what its counted staff are compared with), the
 * non-professional frame (before the reform), the Party frame (after), the large-unit threshold, and the class used
 * ({@code classAssumed} when the register did not say and the configured default was used).
 */
public record AppliedNorms(
        @Nullable StaffingNorm frame,
        @Nullable StaffingNorm nonProfessionalFrame,
        @Nullable StaffingNorm partyFrame,
        @Nullable StaffingNorm threshold,
        String unitClass,
        boolean classAssumed) {

    public int frameSize() {
        return frame == null || frame.maxCount() == null ? 0 : frame.maxCount();
    }

    public boolean twoTier() {
        return frame != null && "GOV2025".equals(frame.positionNormSet());
    }
}
