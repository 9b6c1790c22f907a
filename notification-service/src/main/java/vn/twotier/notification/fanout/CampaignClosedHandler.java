package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.SecondmentCampaignClosed;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A secondment campaign stopped taking nominations. */
@Component
class CampaignClosedHandler implements EventHandler<SecondmentCampaignClosed> {

    private final FanOut fanOut;
    private final EventWording wording;

    CampaignClosedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<SecondmentCampaignClosed> event) {
        SecondmentCampaignClosed data = event.data();
        Values values = Values.with("campaignId", data.campaignId()).and("date", wording.date(event))
                .and("provinceName", wording.provinceName(data.provinceCode())).and("requests", data.requests())
                .and("reason", data.reason());
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.of(), Set.of(), "campaign-closed",
                values.asMap()));
    }
}
