package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.readmodel.KnownUnit;
import vn.twotier.notification.readmodel.UnitNames;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** Keeps unit names for messages; notifies only if a rule asks for it (none by default: imports are large). */
@Component
class UnitRegisteredHandler implements EventHandler<UnitRegistered> {

    private final FanOut fanOut;
    private final EventWording wording;
    private final UnitNames units;

    UnitRegisteredHandler(FanOut fanOut, EventWording wording, UnitNames units) {
        this.fanOut = fanOut;
        this.wording = wording;
        this.units = units;
    }

    @Override
    public void handle(ReceivedEvent<UnitRegistered> event) {
        UnitRegistered data = event.data();
        units.remember(new KnownUnit(data.unitCode(), data.name(), data.type(), data.provinceCode(), data.validFrom(),
                data.validTo()));
        boolean isProvince = data.type() == UnitType.PROVINCE || data.type() == UnitType.CITY;
        String provinceName = isProvince && data.unitCode().equals(data.provinceCode()) ? data.name() : null;
        fanOut.apply(event, new EventFacts(data.provinceCode(), provinceName, List.of(data.unitCode()), Set.of(),
                "unit-registered", () -> Values.with("unitName", data.name()).and("unitCode", data.unitCode())
                        .and("provinceName", wording.provinceName(data.provinceCode()))
                        .and("validFrom", data.validFrom()).asMap()));
    }
}
