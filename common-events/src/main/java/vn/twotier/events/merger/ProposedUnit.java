package vn.twotier.events.merger;

import java.util.List;

/** A unit a scenario proposes, made of parts of existing units. */
public record ProposedUnit(String unitCode, String name, UnitType type, List<ProposedPart> parts) {
}
