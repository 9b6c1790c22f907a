package vn.twotier.staffing.gap;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.staffing.reference.FrameIncrements;

/**
 * A unit's staffing against the norms in force on {@code asOf}. {@code actual} counts the staff the frame counts
 * (its blocks and categories), incoming secondees included and outgoing ones excluded (both shown separately);
 * {@code surplus} = actual − frame, negative for a shortage (thiếu). Before the reform the frame is the Decree 33/2023
 * maximum plus its population/area increments; {@code frameIncrements} shows the base, each increment and why, or
 * that they could not be computed ({@code incrementsKnown: false}, {@code missingInputs}); it is null when no
 * increment rule applies (the 2025 frame).
 */
public record UnitGap(
        String unitCode,
        LocalDate validFrom,
        String name,
        String type,
        String provinceCode,
        LocalDate asOf,
        String unitClass,
        boolean classAssumed,
        String normId,
        String normRegime,
        int frame,
        int actual,
        int incomingSecondees,
        int outgoingSecondees,
        int surplus,
        GapStatus status,
        int totalStaff,
        int thresholdCount,
        int threshold,
        boolean atOrAboveThreshold,
        @Nullable SecondaryFrame nonProfessional,
        @Nullable SecondaryFrame party,
        List<String> missingSpecialties,
        List<PositionLine> positions,
        List<SpecialtyLine> specialties,
        @Nullable FrameIncrements frameIncrements) {

    /**
     * A frame besides the main one: non-professional workers before the reform (base + the same Decree 33
     * increments, counted separately), Party bodies after.
     */
    public record SecondaryFrame(String normId, int frame, int actual, int surplus, int baseFrame, int increments) {
    }

    /** One position of the matrix: its expected number inside the frame, the staff holding it, the difference. */
    public record PositionLine(String positionCode, String nameVi, String department, String specialty, int norm,
            int actual, int difference) {
    }

    public record SpecialtyLine(String specialty, String nameVi, int norm, int actual, int difference) {
    }

    public int shortage() {
        return Math.max(0, -surplus);
    }
}
