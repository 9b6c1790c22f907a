package vn.twotier.merger.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.merger.register.UnitLookup;
import vn.twotier.merger.register.UnitVersion;

/** The register's versions of a scenario's parts, as they stood the day before it takes effect. */
@Component
public class ScenarioParts {

    private final UnitLookup lookup;

    public ScenarioParts(UnitLookup lookup) {
        this.lookup = lookup;
    }

    public Map<String, UnitVersion> of(Scenario scenario) {
        LocalDate dayBefore = scenario.getEffectiveDate().minusDays(1);
        Set<String> codes = new HashSet<>();
        scenario.getUnits().forEach(unit -> unit.parts().forEach(part -> codes.add(part.unitCode())));
        Map<String, UnitVersion> found = new HashMap<>();
        lookup.validOn(codes, dayBefore).forEach(unit -> found.put(unit.getCode(), unit));
        return found;
    }
}
