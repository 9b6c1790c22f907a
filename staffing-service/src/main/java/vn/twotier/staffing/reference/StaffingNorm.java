package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.UnitType;

/**
 * One staffing norm, current revision. The published columns are kept as written (regime, period, unit type,
 * class, category, maximum, rule, source); the scope columns say how the service applies it. A province-specific
 * norm ({@code provinceCode}) wins over a national one of the same kind for that province's units.
 */
@Document("ref_norms")
public record StaffingNorm(
        @Id String normId,
        long revision,
        String regime,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable String effectiveToText,
        String unitTypeText,
        @Nullable String unitClass,
        String category,
        @Nullable Integer maxCount,
        @Nullable String ruleText,
        @Nullable String sourceUrl,
        NormKind kind,
        Set<UnitType> unitTypes,
        Set<Block> countedBlocks,
        Set<StaffCategory> countedCategories,
        @Nullable String positionNormSet,
        @Nullable String provinceCode,
        String origin,
        @Nullable String sourceHash) {

    /** In force on {@code date}: from the first day to the last day of its period, both included. */
    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public boolean appliesTo(UnitType type, @Nullable String klass, String province) {
        return unitTypes.contains(type)
                && (unitClass == null || unitClass.equals(klass))
                && (provinceCode == null || provinceCode.equals(province));
    }

    public StaffingNorm withRevision(long newRevision, String newOrigin, @Nullable String newHash) {
        return new StaffingNorm(normId, newRevision, regime, effectiveFrom, effectiveTo, effectiveToText, unitTypeText,
                unitClass, category, maxCount, ruleText, sourceUrl, kind, unitTypes, countedBlocks, countedCategories,
                positionNormSet, provinceCode, newOrigin, newHash);
    }

    /** The same norm without bookkeeping, to tell whether a file row really changed. */
    public StaffingNorm content() {
        return withRevision(0, "", null);
    }
}
