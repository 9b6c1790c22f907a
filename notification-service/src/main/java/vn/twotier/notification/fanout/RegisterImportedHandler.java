package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** A province's register was imported: its organization committee learns what changed. */
@Component
class RegisterImportedHandler implements EventHandler<RegisterImported> {

    private final FanOut fanOut;
    private final EventWording wording;

    RegisterImportedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<RegisterImported> event) {
        RegisterImported data = event.data();
        Values values = Values.with("provinceCode", data.provinceCode()).and("provinceName", data.provinceName())
                .and("date", wording.date(event)).and("importedBy", data.importedBy())
                .and("fileName", data.fileName()).and("registered", data.unitsRegistered())
                .and("retired", data.unitsRetired()).and("unchanged", data.unitsUnchanged());
        fanOut.apply(event, new EventFacts(data.provinceCode(), data.provinceName(), List.of(data.provinceCode()),
                Set.of(), "register-imported", values.asMap()));
    }
}
