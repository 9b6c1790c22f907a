package vn.twotier.support.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import vn.twotier.events.DomainEvent;

/**
 * Base of every aggregate that publishes events. {@link #record} appends an event to {@code outbox}; saving the
 * aggregate writes state and events in one atomic single-document write (no multi-document transaction needed,
 * so it behaves the same on the embedded store and on a replica set). The {@link OutboxRelay} publishes and
 * removes them. {@code version} detects concurrent edits. Write changes to a loaded aggregate with
 * {@link AggregateWriter}, not a whole-document save, which could write back events already relayed.
 */
public abstract class OutboxAggregate {

    public static final String OUTBOX_FIELD = "outbox";

    @Id
    protected String id;

    @Version
    protected Long version;

    protected List<PendingEvent> outbox = new ArrayList<>();

    /** Events recorded since this object was loaded or last written, which {@link AggregateWriter} appends. */
    @Transient
    private int recordedSinceLoad;

    protected void record(DomainEvent event, Instant now) {
        outbox.add(PendingEvent.of(event, now));
        recordedSinceLoad++;
    }

    int recordedSinceLoad() {
        return recordedSinceLoad;
    }

    void written(long newVersion) {
        version = newVersion;
        recordedSinceLoad = 0;
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
