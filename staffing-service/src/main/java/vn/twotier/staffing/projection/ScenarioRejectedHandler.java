package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioRejected;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioRejectedHandler implements EventHandler<ScenarioRejected> {

    private final ProjectionService projections;

    ScenarioRejectedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioRejected> event) {
        projections.status(event.data().scenarioId(), event.data().provinceCode(), ScenarioProjection.Status.REJECTED);
    }
}
