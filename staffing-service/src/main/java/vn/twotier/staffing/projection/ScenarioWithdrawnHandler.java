package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioWithdrawn;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioWithdrawnHandler implements EventHandler<ScenarioWithdrawn> {

    private final ProjectionService projections;

    ScenarioWithdrawnHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioWithdrawn> event) {
        projections.status(event.data().scenarioId(), event.data().provinceCode(), ScenarioProjection.Status.WITHDRAWN);
    }
}
