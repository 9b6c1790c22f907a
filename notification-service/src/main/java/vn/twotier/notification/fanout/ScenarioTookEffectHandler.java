package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** The new units exist from today: their chairs, offices and the province hear it. */
@Component
class ScenarioTookEffectHandler implements EventHandler<ScenarioTookEffect> {

    private final FanOut fanOut;
    private final EventWording wording;

    ScenarioTookEffectHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioTookEffect> event) {
        ScenarioTookEffect data = event.data();
        Values values = Values.with("scenarioName", wording.scenarioName(data.scenarioId()))
                .and("effectiveDate", data.effectiveDate())
                .and("provinceName", wording.provinceName(data.provinceCode()))
                .and("units", wording.proposedUnits(data.proposedUnits()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, EventWording.unitCodes(data.proposedUnits()),
                Set.of(), "scenario-took-effect", values.asMap()));
    }
}
