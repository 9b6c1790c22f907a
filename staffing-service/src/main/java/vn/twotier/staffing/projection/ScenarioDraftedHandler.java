package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.support.consumer.EventHandler;

/** A new scenario is revision 1 of its proposal. */
@Component
class ScenarioDraftedHandler implements EventHandler<ScenarioDrafted> {

    private final ProjectionService projections;

    ScenarioDraftedHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioDrafted> event) {
        ScenarioDrafted e = event.data();
        projections.proposed(e.scenarioId(), e.provinceCode(), 1, e.name(), e.effectiveDate(), e.proposedUnits());
    }
}
