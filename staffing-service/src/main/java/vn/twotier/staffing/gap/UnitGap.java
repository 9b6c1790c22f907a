package vn.twotier.staffing.gap;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.GapStatus;

/**
 * A unit's staffing against the norms in force on {@code asOf}. {@code actual} counts the staff the frame counts
 * (its blocks and categories), incoming secondees included and outgoing ones excluded (both shown separately);
 * {@code surplus} = actual − frame, negative for a shortage (thiếu).
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
        List<SpecialtyLine> specialties) {

    /** A frame besides the main one: non-professional workers before the reform, Party bodies after. */
    public record SecondaryFrame(String normId, int frame, int actual, int surplus) {
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
