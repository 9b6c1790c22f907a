package vn.twotier.merger.store;

import java.time.Instant;

import org.springframework.data.annotation.Transient;
import vn.twotier.events.DomainEvent;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * An outbox aggregate that knows which of its pending events were recorded since it was loaded, so that
 * {@link AggregateUpdates} can append just those instead of rewriting the whole outbox.
 */
public abstract class TrackedAggregate extends OutboxAggregate {

    @Transient
    private int recordedSinceLoad;

    @Override
    protected void record(DomainEvent event, Instant now) {
        super.record(event, now);
        recordedSinceLoad++;
    }

    int recordedSinceLoad() {
        return recordedSinceLoad;
    }

    void written(long newVersion) {
        version = newVersion;
        recordedSinceLoad = 0;
    }
}
