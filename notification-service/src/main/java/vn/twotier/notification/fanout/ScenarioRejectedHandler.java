package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioRejected;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A submitted scenario was rejected, with the reason. */
@Component
class ScenarioRejectedHandler implements EventHandler<ScenarioRejected> {

    private final FanOut fanOut;
    private final EventWording wording;

    ScenarioRejectedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioRejected> event) {
        ScenarioRejected data = event.data();
        Values values = Values.with("scenarioName", wording.scenarioName(data.scenarioId()))
                .and("actor", data.actor()).and("reason", data.reason()).and("date", wording.date(event))
                .and("provinceName", wording.provinceName(data.provinceCode()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.of(), Set.of(), "scenario-rejected",
                values.asMap()));
    }
}
