package vn.twotier.staffing.reference;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How a unit's frame was made when increment rules (Decree 33/2023) apply to it: the base maximum, each increment
 * with its reason, and whether every input was known. When an input is missing (the standard of Res. 1211/2016, the
 * unit's population or area) the increments that need it are 0, {@code incrementsKnown} is false and
 * {@code missingInputs} lists what is missing; {@code explanation} says the same in words.
 */
public record FrameIncrements(
        int baseFrame,
        int total,
        boolean incrementsKnown,
        List<String> missingInputs,
        List<Increment> increments,
        @Nullable String standardId,
        @Nullable Long population,
        @Nullable Long standardPopulation,
        @Nullable Double areaKm2,
        @Nullable Double standardAreaKm2,
        String explanation) {

    /** Missing-input codes. */
    public static final String POPULATION_STANDARD = "POPULATION_STANDARD";
    public static final String AREA_STANDARD = "AREA_STANDARD";
    public static final String UNIT_POPULATION = "UNIT_POPULATION";
    public static final String UNIT_AREA = "UNIT_AREA";

    public enum Basis {
        POPULATION,
        AREA
    }

    /**
     * One increment rule as applied: {@code count} civil servants (and as many non-professional workers), the
     * unit's figure over the standard ({@code ratio}, null when unknown) and the reason in words.
     */
    public record Increment(String normId, @Nullable Basis basis, @Nullable String step, int count, boolean known,
            @Nullable Double ratio, String reason) {
    }

    public int frame() {
        return baseFrame + total;
    }
}
