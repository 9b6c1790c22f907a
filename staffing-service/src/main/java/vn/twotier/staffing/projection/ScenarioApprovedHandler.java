package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioApprovedHandler implements EventHandler<ScenarioApproved> {

    private final ProjectionService projections;

    ScenarioApprovedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioApproved> event) {
        ScenarioApproved e = event.data();
        projections.approved(e.scenarioId(), e.provinceCode(), e.effectiveDate(), e.proposedUnits());
    }
}
