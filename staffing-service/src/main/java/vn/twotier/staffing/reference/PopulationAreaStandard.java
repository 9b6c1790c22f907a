package vn.twotier.staffing.reference;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.UnitType;

/**
 * The standard population size and natural area of a commune-level unit type (UBTVQH Resolution 1211/2016, amended
 * by 27/2022), against which Decree 33/2023 increments are counted. None is shipped: the figures are entered over
 * HTTP (national when {@code provinceCode} is null, else for one province, which wins), each edit a new revision.
 * Either figure may stay unknown (null); the increments that need it are then not computed, and the gap says so.
 */
@Document("ref_standards")
public record PopulationAreaStandard(
        @Id String standardId,
        long revision,
        UnitType unitType,
        @Nullable String provinceCode,
        LocalDate effectiveFrom,
        @Nullable LocalDate effectiveTo,
        @Nullable Long population,
        @Nullable Double areaKm2,
        @Nullable String legalBasis,
        @Nullable String note,
        String origin) {

    public boolean inForceOn(LocalDate date) {
        return !effectiveFrom.isAfter(date) && (effectiveTo == null || !effectiveTo.isBefore(date));
    }

    public boolean appliesTo(UnitType type, String province) {
        return unitType == type && (provinceCode == null || provinceCode.equals(province));
    }

    PopulationAreaStandard withRevision(long newRevision) {
        return new PopulationAreaStandard(standardId, newRevision, unitType, provinceCode, effectiveFrom, effectiveTo,
                population, areaKm2, legalBasis, note, origin);
    }
}
