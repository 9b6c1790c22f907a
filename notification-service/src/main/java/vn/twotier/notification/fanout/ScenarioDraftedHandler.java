package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.readmodel.ScenarioNames;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** Remembers the scenario's name (later events carry only its id); notifies if a rule asks for drafts. */
@Component
class ScenarioDraftedHandler implements EventHandler<ScenarioDrafted> {

    private final FanOut fanOut;
    private final EventWording wording;
    private final ScenarioNames scenarios;

    ScenarioDraftedHandler(FanOut fanOut, EventWording wording, ScenarioNames scenarios) {
        this.fanOut = fanOut;
        this.wording = wording;
        this.scenarios = scenarios;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioDrafted> event) {
        ScenarioDrafted data = event.data();
        scenarios.remember(data.scenarioId(), 0, data.name());
        Values values = Values.with("scenarioName", data.name()).and("actor", data.actor())
                .and("provinceName", wording.provinceName(data.provinceCode()))
                .and("effectiveDate", data.effectiveDate()).and("units", wording.proposedUnits(data.proposedUnits()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, EventWording.unitCodes(data.proposedUnits()),
                Set.of(), "scenario-drafted", values.asMap()));
    }
}
