package vn.twotier.staffing.secondment.effect;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.SecondmentStarted;
import vn.twotier.staffing.secondment.request.RequestStatus;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.staffing.secondment.request.SecondmentRequestStore;
import vn.twotier.support.consumer.EventHandler;
import vn.twotier.support.consumer.NonRetryableEventException;

/** A started request moves the person's operational count to the receiving unit (from the event, idempotently). */
@Component
class SecondmentStartedHandler implements EventHandler<SecondmentStarted> {

    private final SecondmentRequestStore store;
    private final RosterEffects effects;

    SecondmentStartedHandler(SecondmentRequestStore store, RosterEffects effects) {
        this.store = store;
        this.effects = effects;
    }

    @Override
    public void handle(ReceivedEvent<SecondmentStarted> event) {
        SecondmentRequest request = store.find(event.data().requestId()).orElseThrow(() ->
                new NonRetryableEventException("Unknown secondment request " + event.data().requestId()));
        if (request.getStatus() == RequestStatus.STARTED) { // a late redelivery after the end changes nothing
            effects.started(request);
        }
    }
}
