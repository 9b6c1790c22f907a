package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** The competent authority approved a scenario; it takes effect on its effective date. */
@EventType(value = "vn.twotier.merger.scenario.approved.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioApproved(
        String scenarioId,
        String provinceCode,
        LocalDate effectiveDate,
        List<ProposedUnit> proposedUnits,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
