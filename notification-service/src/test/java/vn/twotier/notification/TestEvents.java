package vn.twotier.notification;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventCatalog;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;
import vn.twotier.events.ReceivedEvent;

/** Builds events as another service would publish them. */
public final class TestEvents {

    private TestEvents() {
    }

    public static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 6);
    }

    public static <T extends DomainEvent> ReceivedEvent<T> received(String eventId, T event, OffsetDateTime time) {
        EventCatalog.Descriptor descriptor = EventCatalog.of(event);
        return new ReceivedEvent<>(new EventMetadata(eventId, "/test/" + descriptor.topic(), descriptor.type(), time,
                event.aggregateId(), "corr-" + eventId, null), event);
    }

    public static ProducerRecord<String, byte[]> record(String eventId, DomainEvent event, OffsetDateTime time) {
        ReceivedEvent<DomainEvent> received = received(eventId, event, time);
        EventCatalog.Descriptor descriptor = EventCatalog.of(event);
        return CloudEventCodec.toRecord(descriptor.topic(), event.aggregateId(),
                CloudEventCodec.toCloudEvent(received.metadata(), EventJson.write(event)));
    }
}
