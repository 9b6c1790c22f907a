package vn.twotier.notification.fanout;

import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A province's register was imported: its organization committee learns what changed. */
@Component
class RegisterImportedHandler implements EventHandler<RegisterImported> {

    private final FanOut fanOut;
    private final ZoneId zone;

    RegisterImportedHandler(FanOut fanOut, java.time.Clock clock) {
        this.fanOut = fanOut;
        this.zone = clock.getZone();
    }

    @Override
    public void handle(ReceivedEvent<RegisterImported> event) {
        RegisterImported data = event.data();
        Map<String, Object> values = new HashMap<>();
        values.put("provinceCode", data.provinceCode());
        values.put("provinceName", data.provinceName());
        values.put("date", event.metadata().time().atZoneSameInstant(zone).toLocalDate());
        values.put("importedBy", data.importedBy());
        values.put("fileName", data.fileName());
        values.put("registered", data.unitsRegistered());
        values.put("retired", data.unitsRetired());
        values.put("unchanged", data.unitsUnchanged());
        fanOut.apply(event, new EventFacts(data.provinceCode(), data.provinceName(), List.of(data.provinceCode()),
                Set.of(), "register-imported", values));
    }
}
