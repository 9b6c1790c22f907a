package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A scenario passed validation and was submitted for approval. */
@EventType(value = "vn.twotier.merger.scenario.submitted.v1", topic = Topics.MERGER_SCENARIOS)
public record ScenarioSubmitted(
        String scenarioId,
        String provinceCode,
        long revision,
        String actor,
        @Nullable String comment) implements DomainEvent {

    @Override
    public String aggregateId() {
        return scenarioId;
    }
}
