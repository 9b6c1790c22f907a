package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioRevised;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.readmodel.ScenarioNames;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** Keeps the scenario's newest name; notifies if a rule asks for revisions. */
@Component
class ScenarioRevisedHandler implements EventHandler<ScenarioRevised> {

    private final FanOut fanOut;
    private final EventWording wording;
    private final ScenarioNames scenarios;

    ScenarioRevisedHandler(FanOut fanOut, EventWording wording, ScenarioNames scenarios) {
        this.fanOut = fanOut;
        this.wording = wording;
        this.scenarios = scenarios;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioRevised> event) {
        ScenarioRevised data = event.data();
        scenarios.remember(data.scenarioId(), data.revision(), data.name());
        Values values = Values.with("scenarioName", data.name()).and("actor", data.actor())
                .and("revision", data.revision()).and("provinceName", wording.provinceName(data.provinceCode()))
                .and("effectiveDate", data.effectiveDate()).and("units", wording.proposedUnits(data.proposedUnits()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, EventWording.unitCodes(data.proposedUnits()),
                Set.of(), "scenario-revised", values.asMap()));
    }
}
