package vn.twotier.merger.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import io.cloudevents.CloudEvent;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.ReceivedEvent;

/**
 * A plain Kafka consumer, as another service would be: reads a topic from the beginning up to its end offsets at
 * the time of the call and decodes each record as a CloudEvent.
 */
public final class TopicProbe {

    private final Map<String, Object> config;

    public TopicProbe(KafkaProperties properties) {
        config = new HashMap<>(properties.buildConsumerProperties());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
    }

    /** A record as consumed: its key, CloudEvents type header, and decoded event. */
    public record Consumed(String key, String typeHeader, ReceivedEvent<DomainEvent> event) {
    }

    /** Every record now on the topic whose CloudEvent passes the filter. */
    public List<Consumed> read(String topic, Predicate<CloudEvent> filter) {
        Map<String, Object> settings = new HashMap<>(config);
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        List<Consumed> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(settings)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 60_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end within 60 s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    CloudEvent cloudEvent = CloudEventCodec.fromRecord(record);
                    if (filter.test(cloudEvent)) {
                        String type = new String(record.headers().lastHeader("ce_type").value(),
                                StandardCharsets.UTF_8);
                        found.add(new Consumed(record.key(), type, CloudEventCodec.decode(cloudEvent)));
                    }
                }
            }
        }
        return found;
    }

    public static Predicate<CloudEvent> correlatedWith(String correlationId) {
        return event -> correlationId.equals(String.valueOf(event.getExtension(CloudEventCodec.CORRELATION_ID)));
    }
}
