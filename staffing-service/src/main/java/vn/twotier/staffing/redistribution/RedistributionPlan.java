package vn.twotier.staffing.redistribution;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A proposal of moves (transfer or secondment) from units above their frame to units below it, each with its
 * reasons, plus what it leaves unsolved. A starting point for a campaign, not a decision: nothing is changed.
 */
public record RedistributionPlan(
        String provinceCode,
        LocalDate asOf,
        int moves,
        int totalSurplusBefore,
        int totalShortageBefore,
        int totalSurplusAfter,
        int totalShortageAfter,
        int movesWithinFormerDistrict,
        int missingSpecialtiesFilled,
        Map<String, Integer> unfilledBySpecialty,
        Map<String, Integer> excludedCandidates,
        List<Move> plan) {

    /** One person, from a unit in surplus to a short unit, for a specialty; reasons in codes and in Vietnamese. */
    public record Move(String personId, String fromUnit, String fromUnitName, String toUnit, String toUnitName,
            String specialty, String positionCode, String category, List<String> reasonCodes, String reason) {
    }
}
