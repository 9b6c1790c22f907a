package vn.twotier.merger.register;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.twotier.events.merger.UnitType;

/** Vietnamese type labels of mapping files ↔ {@link UnitType}. */
public final class UnitTypes {

    /** Types a unit may have from 1 July 2025. */
    public static final Set<UnitType> POST_REFORM = Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE);

    /** Commune-level types, before or after the reform. */
    public static final Set<UnitType> COMMUNE_LEVEL =
            Set.of(UnitType.COMMUNE, UnitType.WARD, UnitType.SPECIAL_ZONE, UnitType.TOWNSHIP);

    private static final Map<String, UnitType> NEW_UNIT = Map.of(
            "xã", UnitType.COMMUNE, "phường", UnitType.WARD, "đặc khu", UnitType.SPECIAL_ZONE);

    // District-level predecessors are island districts that became special zones; quận and thị xã are accepted too.
    private static final Map<String, UnitType> OLD_UNIT = Map.of(
            "xã", UnitType.COMMUNE, "phường", UnitType.WARD, "thị trấn", UnitType.TOWNSHIP,
            "huyện", UnitType.DISTRICT, "quận", UnitType.DISTRICT, "thị xã", UnitType.DISTRICT);

    private UnitTypes() {
    }

    public static Optional<UnitType> newUnit(String label) {
        return Optional.ofNullable(NEW_UNIT.get(key(label)));
    }

    public static Optional<UnitType> oldUnit(String label) {
        return Optional.ofNullable(OLD_UNIT.get(key(label)));
    }

    /** A province-level unit is a "Thành phố" (centrally-run city) or a "Tỉnh". */
    public static UnitType province(String name) {
        return name.startsWith(UnitType.CITY.vietnamese()) ? UnitType.CITY : UnitType.PROVINCE;
    }

    private static String key(String label) {
        String normalized = Names.normalize(label);
        return normalized == null ? "" : normalized.toLowerCase(java.util.Locale.ROOT);
    }
}
