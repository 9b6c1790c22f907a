package vn.twotier.merger.register.query;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitType;

/** One unit version as the API shows it; {@code parentCode} is the province of a commune-level unit. */
public record UnitView(
        String id,
        String code,
        String name,
        UnitType type,
        String typeName,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String provinceCode,
        @Nullable String parentCode,
        @Nullable String districtName,
        @Nullable String formerProvinceName,
        @Nullable Double areaKm2,
        @Nullable String resolution,
        List<LineageLink> predecessors,
        List<LineageLink> successors) {
}
