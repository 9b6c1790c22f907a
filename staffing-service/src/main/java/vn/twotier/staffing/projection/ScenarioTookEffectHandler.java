package vn.twotier.staffing.projection;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.support.consumer.EventHandler;

@Component
class ScenarioTookEffectHandler implements EventHandler<ScenarioTookEffect> {

    private final ProjectionService projections;

    ScenarioTookEffectHandler(ProjectionService projections) {
        this.projections = projections;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioTookEffect> event) {
        ScenarioTookEffect e = event.data();
        projections.tookEffect(e.scenarioId(), e.provinceCode(), e.effectiveDate(), e.proposedUnits());
    }
}
