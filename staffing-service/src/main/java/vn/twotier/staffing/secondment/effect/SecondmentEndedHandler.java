package vn.twotier.staffing.secondment.effect;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.SecondmentEnded;
import vn.twotier.staffing.secondment.request.SecondmentRequestStore;
import vn.twotier.support.consumer.EventHandler;
import vn.twotier.support.consumer.NonRetryableEventException;

/** An ended secondment moves the person's operational count back to the sending unit. */
@Component
class SecondmentEndedHandler implements EventHandler<SecondmentEnded> {

    private final SecondmentRequestStore store;
    private final RosterEffects effects;

    SecondmentEndedHandler(SecondmentRequestStore store, RosterEffects effects) {
        this.store = store;
        this.effects = effects;
    }

    @Override
    public void handle(ReceivedEvent<SecondmentEnded> event) {
        effects.ended(store.find(event.data().requestId()).orElseThrow(() -> new NonRetryableEventException(
                "Unknown secondment request " + event.data().requestId())));
    }
}
