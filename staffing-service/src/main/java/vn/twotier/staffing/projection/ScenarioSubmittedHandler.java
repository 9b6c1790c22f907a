package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioSubmitted;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioSubmittedHandler implements EventHandler<ScenarioSubmitted> {

    private final ProjectionService projections;

    ScenarioSubmittedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioSubmitted> event) {
        projections.status(event.data().scenarioId(), event.data().provinceCode(), ScenarioProjection.Status.SUBMITTED);
    }
}
