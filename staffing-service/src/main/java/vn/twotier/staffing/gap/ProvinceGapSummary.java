package vn.twotier.staffing.gap;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A province's gap report on a date: how many units are above, at and below their frame, the total surplus
 * (sum of positive gaps) and shortage (sum of shortfalls) — they do not cancel out —, how many units lack each
 * reported specialty (e.g. "48 units have no IT civil servant"), and the units at or above the large-unit
 * threshold (Nghệ An Conclusion 586: ≥ 80 CBCC excluding the Military Command).
 */
public record ProvinceGapSummary(
        String provinceCode,
        LocalDate asOf,
        int units,
        int unitsWithRoster,
        int unitsInSurplus,
        int unitsAtFrame,
        int unitsShort,
        int totalActual,
        int totalFrame,
        int totalSurplus,
        int totalShortage,
        int netSurplus,
        Map<String, Integer> unitsMissingSpecialty,
        Map<String, List<String>> unitCodesMissingSpecialty,
        int largeUnitThreshold,
        List<String> unitsAtOrAboveThreshold,
        List<String> unitsWithoutFrame,
        List<UnitRow> unitRows) {

    /**
     * One line per unit: the figures a committee scans before opening a unit. {@code baseFrame} and
     * {@code incrementsKnown} are set where Decree 33/2023 increments apply (null otherwise); the unit's own gap
     * shows each increment and what is missing.
     */
    public record UnitRow(String unitCode, String name, String type, String normId, int frame, int actual,
            int incomingSecondees, int outgoingSecondees, int surplus, String status, int totalStaff,
            List<String> missingSpecialties, @org.jspecify.annotations.Nullable Integer baseFrame,
            @org.jspecify.annotations.Nullable Boolean incrementsKnown) {
    }
}
