package vn.twotier.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;

class CloudEventCodecTest {

    private final UnitRegistered event = new UnitRegistered("16681", LocalDate.of(2025, 7, 1), null,
            "Phường Thành Vinh", UnitType.WARD, "40", null, 17.5, List.of());

    private ProducerRecord<String, byte[]> record(String type, byte[] data) {
        EventMetadata metadata = new EventMetadata("e-1", "/twotier/merger-service", type,
                OffsetDateTime.of(2025, 7, 1, 0, 0, 0, 0, ZoneOffset.UTC), "16681", "c-1", "cause-1");
        return CloudEventCodec.toRecord(Topics.MERGER_UNITS, "16681", CloudEventCodec.toCloudEvent(metadata, data));
    }

    private static ConsumerRecord<String, byte[]> received(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        for (Header header : sent.headers()) {
            record.headers().add(header);
        }
        return record;
    }

    @Test
    void writesBinaryModeHeadersAndKeyAndReadsTheEventBack() {
        ProducerRecord<String, byte[]> sent = record(EventCatalog.of(event).type(), EventJson.write(event));

        assertThat(sent.key()).isEqualTo("16681");
        assertThat(new String(sent.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("vn.twotier.merger.unit.registered.v1");
        assertThat(sent.headers().lastHeader("ce_specversion")).isNotNull();
        assertThat(new String(sent.headers().lastHeader("ce_correlationid").value(), StandardCharsets.UTF_8))
                .isEqualTo("c-1");
        assertThat(new String(sent.value(), StandardCharsets.UTF_8)).contains("\"name\":\"Phường Thành Vinh\"");

        CloudEvent cloudEvent = CloudEventCodec.fromRecord(received(sent));
        ReceivedEvent<DomainEvent> decoded = CloudEventCodec.decode(cloudEvent);
        assertThat(decoded.data()).isEqualTo(event);
        assertThat(decoded.metadata().causationId()).isEqualTo("cause-1");
        assertThat(decoded.metadata().subject()).isEqualTo("16681");
    }

    @Test
    void unknownVersionIsRejectedAsUnknownType() {
        CloudEvent cloudEvent = CloudEventCodec.fromRecord(
                received(record("vn.twotier.merger.unit.registered.v9", EventJson.write(event))));
        assertThatThrownBy(() -> CloudEventCodec.decode(cloudEvent)).isInstanceOf(UnknownEventTypeException.class);
    }

    @Test
    void garbageIsMalformed() {
        ConsumerRecord<String, byte[]> garbage = new ConsumerRecord<>(Topics.MERGER_UNITS, 0, 0, "x",
                "not json".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> CloudEventCodec.fromRecord(garbage)).isInstanceOf(MalformedEventException.class);
        CloudEvent badData = CloudEventCodec.fromRecord(
                received(record("vn.twotier.merger.unit.registered.v1", "{oops".getBytes(StandardCharsets.UTF_8))));
        assertThatThrownBy(() -> CloudEventCodec.decode(badData)).isInstanceOf(MalformedEventException.class);
    }
}
