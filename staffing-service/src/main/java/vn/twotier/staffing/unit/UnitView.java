package vn.twotier.staffing.unit;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.LineageLink;

/** A unit version as the API shows it; {@code typeName} is the Vietnamese type (Xã, Phường, Đặc khu, …). */
public record UnitView(
        String code,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String name,
        String type,
        String typeName,
        String provinceCode,
        @Nullable String districtName,
        @Nullable Double areaKm2,
        @Nullable String unitClass,
        @Nullable Long population,
        @Nullable LocalDate populationAsOf,
        List<LineageLink> predecessors,
        List<LineageLink> successors) {
}
