package vn.twotier.merger.register.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitType;
import vn.twotier.merger.register.UnitState;
import vn.twotier.merger.register.UnitTypes;
import vn.twotier.merger.register.mapping.MappingLink;

/**
 * The unit versions a mapping file describes. Old units are filed under the province code of the row (the file
 * has no pre-reform province codes) and keep their former province's name; their validity starts at the
 * configured pre-reform date because the file does not say when each began.
 */
public final class RegisterPlanner {

    private RegisterPlanner() {
    }

    /** The wanted register, and the province names for the import's events. */
    public record Plan(List<UnitState> states, Map<String, String> provinceNames) {
    }

    public static Plan plan(List<MappingLink> links, ImportScope scope, LocalDate preReformFrom, LocalDate reformDate) {
        Map<String, String> provinceNames = new LinkedHashMap<>();
        Map<String, MappingLink> oldUnits = new LinkedHashMap<>();
        Map<String, List<LineageLink>> successors = new LinkedHashMap<>();
        Map<String, MappingLink> newUnits = new LinkedHashMap<>();
        Map<String, List<LineageLink>> predecessors = new LinkedHashMap<>();
        for (MappingLink link : links) {
            provinceNames.putIfAbsent(link.provinceCode(), link.provinceName() != null
                    ? link.provinceName() : link.provinceCode());
            oldUnits.putIfAbsent(link.oldCode(), link);
            newUnits.putIfAbsent(link.newCode(), link);
            successors.computeIfAbsent(link.oldCode(), code -> new ArrayList<>())
                    .add(new LineageLink(link.newCode(), reformDate, link.share()));
            predecessors.computeIfAbsent(link.newCode(), code -> new ArrayList<>())
                    .add(new LineageLink(link.oldCode(), preReformFrom, link.share()));
        }
        List<UnitState> states = new ArrayList<>();
        provinceNames.forEach((code, name) -> states.add(new UnitState(code, preReformFrom, null, name,
                UnitTypes.province(name), code, null, null, null, null, List.of(), List.of())));
        boolean full = scope == ImportScope.FULL;
        oldUnits.forEach((code, link) -> states.add(new UnitState(code, preReformFrom,
                full ? reformDate.minusDays(1) : null, link.oldName(), link.oldType(), link.provinceCode(),
                link.oldType() == UnitType.DISTRICT ? link.oldName() : link.oldDistrict(), link.oldProvince(), null,
                null, List.of(), full ? successors.get(code) : List.of())));
        if (full) {
            newUnits.forEach((code, link) -> states.add(newUnit(link, reformDate, predecessors.get(code))));
        }
        return new Plan(states, provinceNames);
    }

    /** A new unit from the reform date, made of its predecessors; shared with scenarios taking effect. */
    public static UnitState newUnit(MappingLink link, LocalDate from, List<LineageLink> predecessors) {
        return new UnitState(link.newCode(), from, null, link.newName(), link.newType(), link.provinceCode(), null,
                null, link.newAreaKm2(), link.resolution(), predecessors, List.of());
    }
}
