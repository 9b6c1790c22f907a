package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.Set;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.UnitType;

/**
 * A new norm (POST: normId, regime, effectiveFrom, kind, unitTypes and category are required) or an edit (PATCH:
 * only the fields given change; {@code expectedRevision} guards against lost updates).
 */
public record NormRequest(
        @Nullable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String normId,
        @Nullable String regime,
        @Nullable LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable @Pattern(regexp = "I|II|III") String unitClass,
        @Nullable String category,
        @Nullable @Min(0) Integer maxCount,
        @Nullable String ruleText,
        @Nullable String sourceUrl,
        @Nullable NormKind kind,
        @Nullable Set<UnitType> unitTypes,
        @Nullable Set<Block> countedBlocks,
        @Nullable Set<StaffCategory> countedCategories,
        @Nullable String positionNormSet,
        @Nullable @Pattern(regexp = "\\d{2}") String provinceCode,
        @Nullable Long expectedRevision) {

    StaffingNorm applyTo(StaffingNorm n) {
        return new StaffingNorm(n.normId(), n.revision(), or(regime, n.regime()), or(effectiveFrom, n.effectiveFrom()),
                effectiveTo != null ? effectiveTo : n.effectiveTo(),
                effectiveTo != null ? effectiveTo.toString() : n.effectiveToText(), n.unitTypeText(),
                or(unitClass, n.unitClass()), or(category, n.category()), or(maxCount, n.maxCount()),
                or(ruleText, n.ruleText()), or(sourceUrl, n.sourceUrl()), or(kind, n.kind()),
                or(unitTypes, n.unitTypes()), or(countedBlocks, n.countedBlocks()),
                or(countedCategories, n.countedCategories()), or(positionNormSet, n.positionNormSet()),
                or(provinceCode, n.provinceCode()), n.origin(), n.sourceHash());
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
