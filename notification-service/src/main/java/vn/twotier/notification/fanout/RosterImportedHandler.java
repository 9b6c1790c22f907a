package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.RosterImported;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A roster import changed a province's staff figures. */
@Component
class RosterImportedHandler implements EventHandler<RosterImported> {

    private final FanOut fanOut;
    private final EventWording wording;

    RosterImportedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<RosterImported> event) {
        RosterImported data = event.data();
        Values values = Values.with("provinceName", wording.provinceName(data.provinceCode()))
                .and("date", wording.date(event)).and("source", data.source()).and("added", data.staffAdded())
                .and("updated", data.staffUpdated()).and("removed", data.staffRemoved())
                .and("unitCount", data.unitCodes().size());
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, data.unitCodes(), Set.of(), "roster-imported",
                values.asMap()));
    }
}
