package vn.twotier.staffing.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.UnitType;

/**
 * Decree 33/2023 increments to a commune-level unit's maximum: +1 civil servant (and, separately, +1 non-professional
 * worker) per full 1/3 (phường — ND33-INC-POP-WARD) or full 1/2 (other units — ND33-INC-POP-OTHER) of the standard
 * population exceeded, and +1 per full 100% of the standard natural area exceeded (ND33-INC-AREA). The rules are the
 * INCREMENT norms in force for the unit; they add to a frame of the same regime only (never to the 2025 frame).
 * Pure: no I/O.
 */
public final class Decree33Increments {

    /** The step of each shipped increment rule, as a fraction of the standard: population 1/3 or 1/2, area 1/1. */
    private record Rule(FrameIncrements.Basis basis, int denominator) {
    }

    private static final Map<String, Rule> RULES = Map.of(
            "ND33-INC-POP-WARD", new Rule(FrameIncrements.Basis.POPULATION, 3),
            "ND33-INC-POP-OTHER", new Rule(FrameIncrements.Basis.POPULATION, 2),
            "ND33-INC-AREA", new Rule(FrameIncrements.Basis.AREA, 1));

    private Decree33Increments() {
    }

    /** The unit's own figures: population (settable per unit version) and natural area (from the register). */
    public record UnitFigures(@Nullable Long population, @Nullable Double areaKm2) {
    }

    /**
     * The increments for a unit whose frame is {@code frame}; null when no increment rule of the frame's regime
     * applies (e.g. the 2025 frame). {@code standardLookup} (the standard in force for the unit) is asked only
     * when a rule applies.
     */
    public static @Nullable FrameIncrements compute(List<StaffingNorm> norms, @Nullable StaffingNorm frame,
            UnitType type, String unitClass, String provinceCode, LocalDate date,
            java.util.function.Supplier<@Nullable PopulationAreaStandard> standardLookup, UnitFigures figures) {
        if (frame == null || frame.maxCount() == null) {
            return null;
        }
        List<StaffingNorm> rules = norms.stream()
                .filter(norm -> norm.kind() == NormKind.INCREMENT && norm.inForceOn(date)
                        && norm.appliesTo(type, unitClass, provinceCode)
                        && Objects.equals(norm.regime(), frame.regime()))
                .sorted(java.util.Comparator.comparing(StaffingNorm::normId)).toList();
        if (rules.isEmpty()) {
            return null;
        }
        PopulationAreaStandard standard = standardLookup.get(); // read only when a rule applies
        Long standardPopulation = standard == null ? null : standard.population();
        Double standardArea = standard == null ? null : standard.areaKm2();
        Set<String> missing = new LinkedHashSet<>();
        List<FrameIncrements.Increment> increments = new ArrayList<>();
        for (StaffingNorm norm : rules) {
            Rule rule = RULES.get(norm.normId());
            if (rule == null) {
                missing.add("RULE_NOT_COMPUTED:" + norm.normId());
                increments.add(new FrameIncrements.Increment(norm.normId(), null, null, 0, false, null,
                        "0: quy tắc chưa được tính tự động / rule " + norm.normId() + " is not computed here"));
                continue;
            }
            increments.add(rule.basis() == FrameIncrements.Basis.POPULATION
                    ? population(norm.normId(), rule.denominator(), figures.population(), standardPopulation, missing)
                    : area(norm.normId(), figures.areaKm2(), standardArea, missing));
        }
        int total = increments.stream().mapToInt(FrameIncrements.Increment::count).sum();
        boolean known = missing.isEmpty();
        String explanation = known
                ? "Khung = " + frame.maxCount() + " + " + total + " / frame = base " + frame.maxCount()
                        + " + increments " + total + " (Decree 33/2023; standard " + standard.standardId() + ")"
                : "Chưa tính đủ phần tăng thêm: thiếu " + String.join(", ", missing)
                        + " / increments not (fully) computed, missing: " + String.join(", ", missing)
                        + "; the frame counts only the increments whose inputs are known";
        return new FrameIncrements(frame.maxCount(), total, known, List.copyOf(missing), List.copyOf(increments),
                standard == null ? null : standard.standardId(), figures.population(), standardPopulation,
                figures.areaKm2(), standardArea, explanation);
    }

    /** Full steps of {@code 1/denominator} of the standard exceeded: floor((population − standard) × d / standard). */
    static int populationSteps(long population, long standard, int denominator) {
        if (population <= standard) {
            return 0;
        }
        return (int) ((population - standard) * denominator / standard);
    }

    /** Full 100% steps of the standard area exceeded: floor((area − standard) / standard). */
    static int areaSteps(double area, double standard) {
        BigDecimal a = BigDecimal.valueOf(area);
        BigDecimal s = BigDecimal.valueOf(standard);
        if (a.compareTo(s) <= 0) {
            return 0;
        }
        return a.subtract(s).divide(s, 0, RoundingMode.FLOOR).intValueExact();
    }

    private static FrameIncrements.Increment population(String normId, int denominator, @Nullable Long population,
            @Nullable Long standard, Set<String> missing) {
        String step = "1/" + denominator;
        if (standard == null || standard <= 0) {
            missing.add(FrameIncrements.POPULATION_STANDARD);
        }
        if (population == null) {
            missing.add(FrameIncrements.UNIT_POPULATION);
        }
        if (population == null || standard == null || standard <= 0) {
            return new FrameIncrements.Increment(normId, FrameIncrements.Basis.POPULATION, step, 0, false, null,
                    "0: chưa biết " + (population == null ? "dân số của đơn vị" : "quy mô dân số chuẩn")
                            + " / unknown " + (population == null ? "unit population" : "population standard")
                            + ": not computed");
        }
        double ratio = ratio(population, standard);
        int count = populationSteps(population, standard, denominator);
        String reason = population <= standard
                ? "0: dân số không vượt quy mô chuẩn (" + vi(ratio) + " lần) / population does not exceed the "
                        + "standard (" + en(ratio) + "×)"
                : "+" + count + ": dân số vượt " + vi(ratio - 1) + " lần quy mô chuẩn / population exceeds the "
                        + "standard by " + en(ratio - 1) + "× (+1 per full " + step + ")";
        return new FrameIncrements.Increment(normId, FrameIncrements.Basis.POPULATION, step, count, true, ratio,
                reason);
    }

    private static FrameIncrements.Increment area(String normId, @Nullable Double area, @Nullable Double standard,
            Set<String> missing) {
        if (standard == null || standard <= 0) {
            missing.add(FrameIncrements.AREA_STANDARD);
        }
        if (area == null) {
            missing.add(FrameIncrements.UNIT_AREA);
        }
        if (area == null || standard == null || standard <= 0) {
            return new FrameIncrements.Increment(normId, FrameIncrements.Basis.AREA, "1/1", 0, false, null,
                    "0: chưa biết " + (area == null ? "diện tích tự nhiên của đơn vị" : "diện tích tự nhiên chuẩn")
                            + " / unknown " + (area == null ? "unit natural area" : "natural-area standard")
                            + ": not computed");
        }
        double ratio = BigDecimal.valueOf(area).divide(BigDecimal.valueOf(standard), 4, RoundingMode.HALF_EVEN)
                .doubleValue();
        int count = areaSteps(area, standard);
        String reason = area <= standard
                ? "0: diện tích không vượt diện tích chuẩn (" + vi(ratio) + " lần) / area does not exceed the "
                        + "standard (" + en(ratio) + "×)"
                : "+" + count + ": diện tích vượt " + vi(ratio - 1) + " lần diện tích chuẩn / natural area exceeds "
                        + "the standard by " + en(ratio - 1) + "× (+1 per full 100%)";
        return new FrameIncrements.Increment(normId, FrameIncrements.Basis.AREA, "1/1", count, true, ratio, reason);
    }

    private static double ratio(long value, long standard) {
        return BigDecimal.valueOf(value).divide(BigDecimal.valueOf(standard), 4, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** 1.0, 0.7, 1.25: at least one decimal, at most two, truncated (never rounds a step into existence). */
    static String en(double value) {
        // ratios carry 4 decimals: round away binary noise (2.3 − 1 = 1.2999…) first, then truncate to 2
        BigDecimal truncated = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN)
                .setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        if (truncated.scale() < 1) {
            truncated = truncated.setScale(1, RoundingMode.UNNECESSARY);
        }
        return truncated.toPlainString();
    }

    private static String vi(double value) {
        return en(value).replace('.', ',');
    }
}
