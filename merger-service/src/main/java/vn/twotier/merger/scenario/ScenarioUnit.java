package vn.twotier.merger.scenario;

import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.UnitType;

/**
 * A unit the scenario proposes, made of parts of existing units. {@code basis} states the legal ground for an
 * exception to the type rules (e.g. the resolution that makes a ward of communes); {@code areaKm2} is the
 * published area when known.
 */
public record ScenarioUnit(String code, String name, UnitType type, List<ProposedPart> parts,
        @Nullable Double areaKm2, @Nullable String basis) {

    public ScenarioUnit {
        parts = List.copyOf(parts);
    }
}
