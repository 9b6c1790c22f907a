package vn.twotier.notification.fanout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.SecondmentCampaignOpened;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A secondment campaign opened: the units that send and those that receive learn its terms and deadlines. */
@Component
class CampaignOpenedHandler implements EventHandler<SecondmentCampaignOpened> {

    private final FanOut fanOut;
    private final EventWording wording;

    CampaignOpenedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<SecondmentCampaignOpened> event) {
        SecondmentCampaignOpened data = event.data();
        Values values = Values.with("legalBasis", data.legalBasis()).and("date", wording.date(event))
                .and("provinceName", wording.provinceName(data.provinceCode()))
                .and("sendingUnits", wording.unitNames(data.sendingUnitCodes()))
                .and("receivingUnits", wording.unitNames(data.receivingUnitCodes()))
                .and("specialties", data.prioritySpecialties().isEmpty() ? null
                        : String.join(", ", data.prioritySpecialties()))
                .and("nominationsDue", data.nominationsDue()).and("decisionsDue", data.decisionsDue());
        Set<String> units = new LinkedHashSet<>(data.sendingUnitCodes());
        units.addAll(data.receivingUnitCodes());
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.copyOf(units), data.sendingUnitCodes(),
                data.receivingUnitCodes(), List.of(), Set.of(), "campaign-opened", values.asMap()));
    }
}
