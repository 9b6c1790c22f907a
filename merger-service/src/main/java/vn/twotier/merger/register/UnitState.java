package vn.twotier.merger.register;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitType;

/**
 * What the register should hold for one unit version, as an import or a scenario taking effect wants it.
 * Registration attributes (who the unit is) and retirement attributes (when and into what it ended) are compared
 * separately, so a pre-reform unit that is later retired emits only {@code UnitRetired}.
 */
public record UnitState(
        String code,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String name,
        UnitType type,
        String provinceCode,
        @Nullable String districtName,
        @Nullable String formerProvinceName,
        @Nullable Double areaKm2,
        @Nullable String resolution,
        List<LineageLink> predecessors,
        List<LineageLink> successors) {

    /** Links in one canonical order, so the same lineage compares equal however it was assembled. */
    private static final Comparator<LineageLink> LINK_ORDER =
            Comparator.comparing(LineageLink::unitCode).thenComparing(LineageLink::validFrom);

    public UnitState {
        predecessors = predecessors.stream().sorted(LINK_ORDER).toList();
        successors = successors.stream().sorted(LINK_ORDER).toList();
    }

    public String id() {
        return UnitVersion.idOf(code, validFrom);
    }

    public UnitState retired(LocalDate lastDay, List<LineageLink> into) {
        return new UnitState(code, validFrom, lastDay, name, type, provinceCode, districtName, formerProvinceName,
                areaKm2, resolution, predecessors, into);
    }

    public static UnitState of(UnitVersion unit) {
        return new UnitState(unit.getCode(), unit.getValidFrom(), unit.getValidTo(), unit.getName(), unit.getType(),
                unit.getProvinceCode(), unit.getDistrictName(), unit.getFormerProvinceName(), unit.getAreaKm2(),
                unit.getResolution(), unit.getPredecessors(), unit.getSuccessors());
    }

    boolean sameRegistration(UnitVersion unit) {
        return name.equals(unit.getName()) && type == unit.getType() && provinceCode.equals(unit.getProvinceCode())
                && Objects.equals(districtName, unit.getDistrictName())
                && Objects.equals(formerProvinceName, unit.getFormerProvinceName())
                && Objects.equals(areaKm2, unit.getAreaKm2()) && Objects.equals(resolution, unit.getResolution())
                && predecessors.equals(unit.getPredecessors());
    }

    boolean sameRetirement(UnitVersion unit) {
        return Objects.equals(validTo, unit.getValidTo()) && successors.equals(unit.getSuccessors());
    }
}
