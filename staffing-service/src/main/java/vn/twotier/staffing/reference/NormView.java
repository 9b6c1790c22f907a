package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.UnitType;

/** A staffing norm as the API shows it. */
public record NormView(
        String normId,
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
        String origin) {
}
