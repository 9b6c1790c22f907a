package vn.twotier.merger.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.merger.register.ProvinceCounts;
import vn.twotier.merger.register.RegisterWriter;
import vn.twotier.merger.register.UnitState;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.query.RegisterQueries;

/**
 * What taking effect writes: new unit versions from the effective date with their predecessors, and the parts
 * retired the day before with their successors, through the same writer as a history import, so the register
 * ends up exactly as if the mapping had been imported. Re-running after an interruption writes only what is missing.
 */
@Component
public class ScenarioRegisterChange {

    private final ScenarioParts scenarioParts;
    private final RegisterWriter writer;
    private final RegisterQueries queries;

    public ScenarioRegisterChange(ScenarioParts scenarioParts, RegisterWriter writer, RegisterQueries queries) {
        this.scenarioParts = scenarioParts;
        this.writer = writer;
        this.queries = queries;
    }

    public List<ProvinceCounts> apply(Scenario scenario, String actor) {
        LocalDate from = scenario.getEffectiveDate();
        LocalDate dayBefore = from.minusDays(1);
        Map<String, UnitVersion> parts = parts(scenario, dayBefore);
        List<UnitState> states = new ArrayList<>();
        Map<String, Set<LineageLink>> successors = new LinkedHashMap<>();
        for (ScenarioUnit unit : scenario.getUnits()) {
            List<LineageLink> predecessors = new ArrayList<>();
            for (ProposedPart part : unit.parts()) {
                UnitVersion old = parts.get(part.unitCode());
                predecessors.add(new LineageLink(old.getCode(), old.getValidFrom(), part.share()));
                successors.computeIfAbsent(old.getCode(), code -> new LinkedHashSet<>(old.getSuccessors()))
                        .add(new LineageLink(unit.code(), from, part.share()));
            }
            states.add(new UnitState(unit.code(), from, null, unit.name(), unit.type(), scenario.getProvinceCode(),
                    null, null, unit.areaKm2(), unit.basis(), predecessors, List.of()));
        }
        successors.forEach((code, links) -> states.add(UnitState.of(parts.get(code))
                .retired(dayBefore, new ArrayList<>(links))));
        UnitVersion province = queries.province(scenario.getProvinceCode(), dayBefore);
        Map<String, String> names = Map.of(scenario.getProvinceCode(),
                province != null ? province.getName() : scenario.getProvinceCode());
        return writer.write(states, names, new RegisterWriter.Source(scenario.getId(), "scenario",
                scenario.getSourceFile(), actor), counts -> { });
    }

    private Map<String, UnitVersion> parts(Scenario scenario, LocalDate day) {
        Set<String> codes = new LinkedHashSet<>();
        scenario.getUnits().forEach(unit -> unit.parts().forEach(part -> codes.add(part.unitCode())));
        Map<String, UnitVersion> found = scenarioParts.of(scenario);
        if (found.size() != codes.size()) {
            codes.removeAll(found.keySet());
            throw new IllegalStateException("Units " + codes + " are no longer in the register on " + day);
        }
        return found;
    }
}
