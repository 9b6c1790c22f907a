package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A merger scenario was created as a draft. */
@EventType(value = "vn.twotier.merger.scenario.drafted.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioDrafted(
        String scenarioId,
        String provinceCode,
        String name,
        LocalDate effectiveDate,
        List<ProposedUnit> proposedUnits,
        String actor) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
