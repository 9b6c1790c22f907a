package vn.twotier.staffing.unit;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.support.consumer.EventHandler;

@Component
class UnitRegisteredHandler implements EventHandler<UnitRegistered> {

    private final UnitReadModel units;

    UnitRegisteredHandler(UnitReadModel units) {
        this.units = units;
    }

    @Override
    public void handle(ReceivedEvent<UnitRegistered> event) {
        units.apply(event.data());
    }
}
