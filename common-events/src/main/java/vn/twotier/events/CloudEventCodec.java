package vn.twotier.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 in Kafka binary mode: attributes in {@code ce_*} headers, JSON data as the value,
 * aggregate id as the key. Built on the io.cloudevents SDK (core + kafka); JSON is ours (Jackson 3).
 */
public final class CloudEventCodec {

    public static final String CORRELATION_ID = "correlationid";
    public static final String CAUSATION_ID = "causationid";
    public static final String JSON = "application/json";

    private CloudEventCodec() {
    }

    public static CloudEvent toCloudEvent(EventMetadata metadata, byte[] json) {
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(metadata.id())
                .withSource(URI.create(metadata.source()))
                .withType(metadata.type())
                .withTime(metadata.time())
                .withSubject(metadata.subject())
                .withDataContentType(JSON)
                .withData(json);
        if (metadata.correlationId() != null) {
            builder.withExtension(CORRELATION_ID, metadata.correlationId());
        }
        if (metadata.causationId() != null) {
            builder.withExtension(CAUSATION_ID, metadata.causationId());
        }
        return builder.build();
    }

    public static ProducerRecord<String, byte[]> toRecord(String topic, String key, CloudEvent event) {
        return KafkaMessageFactory.<String>createWriter(topic, null, null, key).writeBinary(event);
    }

    public static CloudEvent fromRecord(ConsumerRecord<?, byte[]> record) {
        return fromHeaders(record.headers(), record.value());
    }

    public static CloudEvent fromHeaders(Headers headers, byte[] value) {
        try {
            return KafkaMessageFactory.createReader(headers, value).toEvent();
        } catch (RuntimeException e) {
            throw new MalformedEventException("Not a binary-mode CloudEvent: " + e.getMessage(), e);
        }
    }

    public static EventMetadata metadata(CloudEvent event) {
        OffsetDateTime time = event.getTime() != null ? event.getTime() : OffsetDateTime.now(ZoneOffset.UTC);
        return new EventMetadata(event.getId(), event.getSource().toString(), event.getType(), time,
                event.getSubject(), extension(event, CORRELATION_ID), extension(event, CAUSATION_ID));
    }

    /** Typed data of a known event type; unknown types and unreadable data throw non-retryable exceptions. */
    public static ReceivedEvent<DomainEvent> decode(CloudEvent event) {
        EventCatalog.Descriptor descriptor = EventCatalog.byType(event.getType())
                .orElseThrow(() -> new UnknownEventTypeException(event.getType()));
        CloudEventData data = event.getData();
        if (data == null) {
            throw new MalformedEventException("Event " + event.getId() + " has no data", null);
        }
        try {
            DomainEvent payload = EventJson.read(data.toBytes(), descriptor.eventClass());
            return new ReceivedEvent<>(metadata(event), Objects.requireNonNull(payload));
        } catch (RuntimeException e) {
            throw new MalformedEventException("Event " + event.getId() + " of type " + event.getType()
                    + " has unreadable data: " + e.getMessage(), e);
        }
    }

    private static String extension(CloudEvent event, String name) {
        Object value = event.getExtension(name);
        return value == null ? null : value.toString();
    }
}
