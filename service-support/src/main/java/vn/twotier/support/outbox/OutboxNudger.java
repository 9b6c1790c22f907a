package vn.twotier.support.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Wakes the relay as soon as an aggregate with new events is saved, so latency is not the poll interval. */
public class OutboxNudger extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    public OutboxNudger(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        if (!event.getSource().getOutbox().isEmpty()) {
            relay.nudge();
        }
    }
}
