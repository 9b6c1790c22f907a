package vn.twotier.staffing.unit;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.support.consumer.EventHandler;

@Component
class UnitRetiredHandler implements EventHandler<UnitRetired> {

    private final UnitReadModel units;

    UnitRetiredHandler(UnitReadModel units) {
        this.units = units;
    }

    @Override
    public void handle(ReceivedEvent<UnitRetired> event) {
        units.apply(event.data());
    }
}
