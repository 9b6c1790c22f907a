package vn.twotier.support.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import vn.twotier.events.DomainEvent;

/**
 * Base of every aggregate that publishes events. {@link #record} appends an event to {@code outbox}; saving the
 * aggregate writes state and events in one atomic single-document write (no multi-document transaction needed,
 * so it behaves the same on the embedded store and on a replica set). The {@link OutboxRelay} publishes and
 * removes them. {@code version} detects concurrent edits.
 */
public abstract class OutboxAggregate {

    public static final String OUTBOX_FIELD = "outbox";

    @Id
    protected String id;

    @Version
    protected Long version;

    protected List<PendingEvent> outbox = new ArrayList<>();

    protected void record(DomainEvent event, Instant now) {
        outbox.add(PendingEvent.of(event, now));
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public List<PendingEvent> getOutbox() {
        return List.copyOf(outbox);
    }
}
