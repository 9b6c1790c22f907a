package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** An approved scenario took effect: the register now has its new unit versions. */
@EventType(value = "vn.twotier.merger.scenario.took-effect.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioTookEffect(
        String scenarioId,
        String provinceCode,
        LocalDate effectiveDate,
        List<ProposedUnit> proposedUnits,
        String actor) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
