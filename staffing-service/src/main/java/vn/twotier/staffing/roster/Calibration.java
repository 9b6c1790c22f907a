package vn.twotier.staffing.roster;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.twotier.staffing.reference.ReferenceCsv;

/**
 * Published figures a synthetic roster is calibrated to, per province and era ({@code 2025} two-tier, {@code 2023}
 * Decree 33), with the {@code *} row as the default shape. Counts are scaled to the number of units generated.
 */
record Calibration(String provinceCode, String era, int units, @Nullable Integer countedTotal,
        @Nullable Integer unitsInSurplus, @Nullable Integer unitsAtFrame, @Nullable Integer unitsShort,
        @Nullable Integer unitsWithoutIt, @Nullable Integer unitsWithoutLand, String source) {

    static Calibration of(String provinceCode, String era) {
        List<Map<String, String>> rows = ReferenceCsv.read("roster_calibration.csv");
        Calibration fallback = rows.stream().filter(r -> r.get("province_code").equals("*") && r.get("era").equals(era))
                .findFirst().map(Calibration::from).orElseThrow();
        return rows.stream().filter(r -> r.get("province_code").equals(provinceCode) && r.get("era").equals(era))
                .findFirst().map(Calibration::from).map(own -> own.completedBy(fallback)).orElse(fallback);
    }

    private static Calibration from(Map<String, String> row) {
        return new Calibration(row.get("province_code"), row.get("era"), Integer.parseInt(row.get("units")),
                integer(row.get("counted_total")), integer(row.get("units_in_surplus")),
                integer(row.get("units_at_frame")), integer(row.get("units_short")),
                integer(row.get("units_without_it")), integer(row.get("units_without_land")), row.get("source"));
    }

    /** Missing status counts split the rest of the units in the default shape's proportions. */
    private Calibration completedBy(Calibration shape) {
        Integer atFrame = unitsAtFrame;
        Integer shortUnits = unitsShort;
        if (unitsInSurplus != null && (atFrame == null || shortUnits == null)) {
            int rest = units - unitsInSurplus;
            double restShare = shape.unitsAtFrame() / (double) (shape.unitsAtFrame() + shape.unitsShort());
            atFrame = (int) Math.round(rest * restShare);
            shortUnits = rest - atFrame;
        }
        return new Calibration(provinceCode, era, units, countedTotal,
                unitsInSurplus != null ? unitsInSurplus : shape.unitsInSurplus(), atFrame != null ? atFrame
                        : shape.unitsAtFrame(), shortUnits != null ? shortUnits : shape.unitsShort(),
                unitsWithoutIt != null ? unitsWithoutIt : shape.unitsWithoutIt(),
                unitsWithoutLand != null ? unitsWithoutLand : shape.unitsWithoutLand(), source);
    }

    /** {@code count} of {@code units} calibration units, scaled to {@code n} units. */
    int scaled(Integer count, int n) {
        return count == null ? 0 : (int) Math.round(count * (double) n / units);
    }

    private static Integer integer(String text) {
        return text == null || text.isBlank() ? null : Integer.valueOf(text);
    }
}
