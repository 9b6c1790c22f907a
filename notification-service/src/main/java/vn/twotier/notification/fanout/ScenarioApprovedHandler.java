package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A scenario was approved: every unit in it and the province's bodies learn what becomes of whom, and when. */
@Component
class ScenarioApprovedHandler implements EventHandler<ScenarioApproved> {

    private final FanOut fanOut;
    private final EventWording wording;

    ScenarioApprovedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioApproved> event) {
        ScenarioApproved data = event.data();
        Values values = Values.with("scenarioName", wording.scenarioName(data.scenarioId()))
                .and("actor", data.actor()).and("reason", data.reason()).and("date", wording.date(event))
                .and("effectiveDate", data.effectiveDate())
                .and("provinceName", wording.provinceName(data.provinceCode()))
                .and("units", wording.proposedUnits(data.proposedUnits()));
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, EventWording.unitCodes(data.proposedUnits()),
                Set.of(), "scenario-approved", values.asMap()));
    }
}
