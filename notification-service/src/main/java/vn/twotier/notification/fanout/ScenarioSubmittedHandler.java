package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioSubmitted;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A scenario went up for approval: the province's deciding bodies learn of it. */
@Component
class ScenarioSubmittedHandler implements EventHandler<ScenarioSubmitted> {

    private final FanOut fanOut;
    private final EventWording wording;

    ScenarioSubmittedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioSubmitted> event) {
        ScenarioSubmitted data = event.data();
        Values values = Values.with("scenarioName", wording.scenarioName(data.scenarioId()))
                .and("actor", data.actor()).and("revision", data.revision()).and("comment", data.comment())
                .and("date", wording.date(event)).and("provinceName", wording.provinceName(data.provinceCode()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.of(), Set.of(), "scenario-submitted",
                values.asMap()));
    }
}
