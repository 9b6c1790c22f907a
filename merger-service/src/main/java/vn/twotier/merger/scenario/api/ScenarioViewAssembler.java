package vn.twotier.merger.scenario.api;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.merger.projection.ScenarioStaffing;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.query.RegisterQueries;
import vn.twotier.merger.scenario.Scenario;
import vn.twotier.merger.scenario.ScenarioParts;
import vn.twotier.merger.scenario.ScenarioUnit;

/** Puts a scenario together with the register (names and types of its parts) and the staff projection. */
@Component
public class ScenarioViewAssembler {

    private final ScenarioParts parts;
    private final RegisterQueries register;
    private final MongoTemplate mongo;

    public ScenarioViewAssembler(ScenarioParts parts, RegisterQueries register, MongoTemplate mongo) {
        this.parts = parts;
        this.register = register;
        this.mongo = mongo;
    }

    public ScenarioViews.ScenarioView view(Scenario scenario) {
        Map<String, UnitVersion> known = parts.of(scenario);
        ScenarioStaffing staffing = mongo.findById(scenario.getId(), ScenarioStaffing.class);
        boolean current = staffing != null && staffing.revision() == scenario.getRevision();
        Map<String, ProjectedUnitStaffing> staffByUnit = new HashMap<>();
        if (current) {
            staffing.units().forEach(unit -> staffByUnit.put(unit.unitCode(), unit));
        }
        List<ScenarioViews.Unit> units = scenario.getUnits().stream()
                .map(unit -> unit(unit, known, staffByUnit.get(unit.code()))).toList();
        UnitVersion province = register.province(scenario.getProvinceCode(), scenario.getEffectiveDate().minusDays(1));
        return new ScenarioViews.ScenarioView(scenario.getId(), scenario.getProvinceCode(),
                province == null ? null : province.getName(), scenario.getName(), scenario.getEffectiveDate(),
                scenario.getStatus(), scenario.getRevision(), scenario.getVersion(),
                scenario.getStatus().allowedActions(), scenario.getSourceFile(), scenario.getCreatedBy(),
                scenario.getCreatedAt(), scenario.getUpdatedAt(), totals(scenario, units, current ? staffing : null),
                staffing == null ? null : new ScenarioViews.Staffing(staffing.revision(), current,
                        staffing.totalStaff(), staffing.totalFrame(), staffing.totalSurplus(), staffing.receivedAt()),
                units, scenario.getAudit());
    }

    private static ScenarioViews.Unit unit(ScenarioUnit unit, Map<String, UnitVersion> known,
            @Nullable ProjectedUnitStaffing staff) {
        List<ScenarioViews.Part> parts = unit.parts().stream().map(part -> {
            UnitVersion existing = known.get(part.unitCode());
            return new ScenarioViews.Part(part.unitCode(), existing == null ? null : existing.getName(),
                    existing == null ? null : existing.getType(), part.share(), part.fraction());
        }).toList();
        return new ScenarioViews.Unit(unit.code(), unit.name(), unit.type(), unit.type().vietnamese(), unit.basis(),
                parts, parts.size(), unit.areaKm2(),
                staff == null ? null : new ScenarioViews.UnitStaff(staff.staff(), staff.frame(), staff.surplus()));
    }

    private static ScenarioViews.Totals totals(Scenario scenario, List<ScenarioViews.Unit> units,
            @Nullable ScenarioStaffing staffing) {
        Set<String> affected = new HashSet<>();
        scenario.getUnits().forEach(unit -> unit.parts().forEach(part -> affected.add(part.unitCode())));
        boolean allAreas = !units.isEmpty() && units.stream().allMatch(unit -> unit.areaKm2() != null);
        double area = units.stream().map(ScenarioViews.Unit::areaKm2).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).sum();
        return new ScenarioViews.Totals(units.size(), affected.size(),
                units.stream().mapToInt(ScenarioViews.Unit::predecessorCount).average().orElse(0),
                units.stream().mapToInt(ScenarioViews.Unit::predecessorCount).max().orElse(0),
                allAreas ? Math.round(area * 100) / 100.0 : null,
                staffing == null ? null : staffing.totalStaff(), staffing == null ? null : staffing.totalFrame(),
                staffing == null ? null : staffing.totalSurplus());
    }
}
