package vn.twotier.events.staffing;

import java.util.List;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** The staff of a scenario's predecessor units, projected onto its proposed units, for one scenario revision. */
@EventType(value = "vn.twotier.staffing.scenario-projection.computed.v1", topic = Topics.STAFFING_PROJECTIONS)
public record ScenarioStaffingProjected(
        String scenarioId,
        String provinceCode,
        long revision,
        List<ProjectedUnitStaffing> units,
        int totalStaff,
        int totalFrame,
        int totalSurplus) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
