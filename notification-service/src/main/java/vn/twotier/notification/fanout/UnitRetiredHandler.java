package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A unit ceased to exist; rules may tell its chair and office where its area went. */
@Component
class UnitRetiredHandler implements EventHandler<UnitRetired> {

    private final FanOut fanOut;
    private final EventWording wording;

    UnitRetiredHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<UnitRetired> event) {
        UnitRetired data = event.data();
        List<String> successors = data.successors().stream().map(LineageLink::unitCode).toList();
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.of(data.unitCode()), Set.of(),
                "unit-retired", () -> Values.with("unitName", wording.unitName(data.unitCode()))
                        .and("unitCode", data.unitCode()).and("provinceName", wording.provinceName(data.provinceCode()))
                        .and("validTo", data.validTo()).and("successors", wording.unitNames(successors)).asMap()));
    }
}
