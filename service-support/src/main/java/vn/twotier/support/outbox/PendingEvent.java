package vn.twotier.support.outbox;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventCatalog;
import vn.twotier.events.EventJson;
import vn.twotier.support.correlation.CorrelationContext;

/**
 * An event waiting in its aggregate's document until the relay has published it. Stored with the state in the
 * same write, so neither exists without the other. The data is kept as the exact JSON that will be published.
 */
public record PendingEvent(
        String eventId,
        String type,
        String topic,
        String key,
        Instant time,
        @Nullable String correlationId,
        @Nullable String causationId,
        String data) {

    public static PendingEvent of(DomainEvent event, Instant time) {
        EventCatalog.Descriptor descriptor = EventCatalog.of(event);
        CorrelationContext.Ids ids = CorrelationContext.current();
        return new PendingEvent(UUID.randomUUID().toString(), descriptor.type(), descriptor.topic(),
                event.aggregateId(), time, ids.correlationId(), ids.causationId(),
                new String(EventJson.write(event), java.nio.charset.StandardCharsets.UTF_8));
    }
}
