package vn.twotier.merger.register.mapping;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitType;

/** One validated row of a mapping file: the old unit (whole or partly) goes into the new unit. Names are NFC. */
public record MappingLink(
        int line,
        String newCode,
        String newName,
        UnitType newType,
        String provinceCode,
        @Nullable String provinceName,
        String oldCode,
        String oldName,
        UnitType oldType,
        @Nullable String oldDistrict,
        @Nullable String oldProvince,
        MergeShare share,
        @Nullable String resolution,
        @Nullable Double newAreaKm2,
        @Nullable Double fraction) {
}
