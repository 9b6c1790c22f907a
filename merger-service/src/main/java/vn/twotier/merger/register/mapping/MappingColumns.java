package vn.twotier.merger.register.mapping;

import java.util.List;

/** Column names of a mapping file, as in {@code commune_mergers_2025.csv}; one row per link new unit ← old unit. */
public final class MappingColumns {

    public static final String NEW_CODE = "new_unit_code";
    public static final String NEW_NAME = "new_unit_name";
    public static final String NEW_TYPE = "new_unit_type";
    public static final String PROVINCE = "province";
    public static final String PROVINCE_CODE = "province_code";
    public static final String OLD_CODE = "old_unit_code";
    public static final String OLD_NAME = "old_unit_name";
    public static final String OLD_TYPE = "old_unit_type";
    public static final String OLD_DISTRICT = "old_district";
    public static final String OLD_PROVINCE = "old_province";
    public static final String SHARE = "merge_share";
    public static final String RESOLUTION = "resolution";
    public static final String AREA = "new_area_km2";
    /** Optional: the fraction of a partial old unit that goes into the new unit, when known (exports write it). */
    public static final String FRACTION = "share_fraction";

    public static final List<String> REQUIRED =
            List.of(NEW_CODE, NEW_NAME, NEW_TYPE, PROVINCE_CODE, OLD_CODE, OLD_NAME, OLD_TYPE, SHARE);

    /** Every column this service reads or writes, in file order; other columns are ignored on import. */
    public static final List<String> ALL = List.of(NEW_CODE, NEW_NAME, NEW_TYPE, PROVINCE, PROVINCE_CODE, OLD_CODE,
            OLD_NAME, OLD_TYPE, OLD_DISTRICT, OLD_PROVINCE, SHARE, RESOLUTION, AREA, FRACTION);

    private MappingColumns() {
    }
}
