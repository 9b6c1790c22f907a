package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A draft scenario was edited; carries the whole new proposal and its revision number. */
@EventType(value = "vn.twotier.merger.scenario.revised.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioRevised(
        String scenarioId,
        String provinceCode,
        long revision,
        String name,
        LocalDate effectiveDate,
        List<ProposedUnit> proposedUnits,
        String actor) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
