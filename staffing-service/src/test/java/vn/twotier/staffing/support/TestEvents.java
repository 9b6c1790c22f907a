package vn.twotier.staffing.support;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventCatalog;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;

/** Builds the Kafka records merger-service would publish: binary CloudEvents keyed by aggregate id. */
public final class TestEvents {

    private TestEvents() {
    }

    public static ProducerRecord<String, byte[]> record(DomainEvent event) {
        return record(UUID.randomUUID().toString(), event);
    }

    public static ProducerRecord<String, byte[]> record(String eventId, DomainEvent event) {
        EventCatalog.Descriptor descriptor = EventCatalog.of(event);
        EventMetadata metadata = new EventMetadata(eventId, "/twotier/merger-service", descriptor.type(),
                OffsetDateTime.now(), event.aggregateId(), "corr-" + eventId, null);
        return CloudEventCodec.toRecord(descriptor.topic(), event.aggregateId(),
                CloudEventCodec.toCloudEvent(metadata, EventJson.write(event)));
    }
}
