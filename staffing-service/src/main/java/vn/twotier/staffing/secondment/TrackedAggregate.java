package vn.twotier.staffing.secondment;

import java.time.Instant;

import org.springframework.data.annotation.Transient;
import vn.twotier.events.DomainEvent;
import vn.twotier.support.outbox.OutboxAggregate;

/** An outbox aggregate that knows which events it recorded since it was read, so an update pushes only those. */
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
