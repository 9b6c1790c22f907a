package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioRevised;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioRevisedHandler implements EventHandler<ScenarioRevised> {

    private final ProjectionService projections;

    ScenarioRevisedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioRevised> event) {
        ScenarioRevised e = event.data();
        projections.proposed(e.scenarioId(), e.provinceCode(), e.revision(), e.name(), e.effectiveDate(),
                e.proposedUnits());
    }
}
