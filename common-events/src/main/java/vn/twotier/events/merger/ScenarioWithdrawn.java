package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A scenario was withdrawn before approval. */
@EventType(value = "vn.twotier.merger.scenario.withdrawn.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioWithdrawn(
        String scenarioId,
        String provinceCode,
        String actor,
        String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
