package vn.twotier.staffing.unit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitType;

/**
 * One version of an administrative unit as the merger register announced it. A code alone does not identify a unit
 * across 1 July 2025 (new units reuse a predecessor's code), so the id is (code, valid-from).
 * {@code unitClass} (loại I/II/III) and {@code population} (with the date it was counted, by Decree 33/2023 the
 * 31 Dec before) are not in the register events; staffing users set them for pre-reform norms and their increments.
 */
@Document("units")
public record UnitVersion(
        @Id String id,
        @Indexed String code,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String name,
        UnitType type,
        @Indexed String provinceCode,
        @Nullable String districtName,
        @Nullable Double areaKm2,
        @Nullable List<LineageLink> predecessors,
        @Nullable List<LineageLink> successors,
        @Nullable String unitClass,
        @Nullable Long population,
        @Nullable LocalDate populationAsOf) {

    public static String idOf(String code, LocalDate validFrom) {
        return code + "@" + validFrom;
    }

    /** In force on {@code date}: valid-to is the last day the unit existed. */
    public boolean inForceOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || !validTo.isBefore(date));
    }
}
