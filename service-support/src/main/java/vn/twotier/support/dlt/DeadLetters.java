package vn.twotier.support.dlt;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import vn.twotier.events.Topics;

/**
 * Operator access to this service's dead letters: list them, and replay them to the topic they came from with
 * their original headers. Replay progress is a consumer group of its own, so each record is replayed once;
 * the consumers are idempotent, so replaying an event already applied elsewhere changes nothing.
 */
public class DeadLetters {

    public static final String REPLAYED_HEADER = "twotier_replayed_from_dlt";

    private final Map<String, Object> consumerConfig;
    private final KafkaTemplate<String, byte[]> template;
    private final String group;

    public DeadLetters(Map<String, Object> consumerConfig, KafkaTemplate<String, byte[]> template, String group) {
        this.consumerConfig = consumerConfig;
        this.template = template;
        this.group = group;
    }

    /** Up to {@code limit} dead letters of {@code topic} that this service's consumers produced, oldest first. */
    public List<DeadLetterRecord> list(String topic, int limit) {
        List<DeadLetterRecord> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = consumer(null)) {
            List<TopicPartition> partitions = partitions(consumer, Topics.deadLetter(topic));
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            drain(consumer, partitions, record -> {
                if (found.size() < limit && ours(record.headers())) {
                    found.add(describe(record));
                }
            });
        }
        return found;
    }

    /** Re-publishes every dead letter of {@code topic} not replayed before; returns how many. */
    public int replay(String topic) {
        int[] count = {0};
        try (KafkaConsumer<String, byte[]> consumer = consumer(group + ".dlt-replay")) {
            List<TopicPartition> partitions = partitions(consumer, Topics.deadLetter(topic));
            consumer.assign(partitions);
            Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(Set.copyOf(partitions));
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata offset = committed.get(partition);
                if (offset == null) {
                    consumer.seekToBeginning(List.of(partition));
                } else {
                    consumer.seek(partition, offset.offset());
                }
            }
            drain(consumer, partitions, record -> {
                if (ours(record.headers())) {
                    republish(topic, record);
                    count[0]++;
                }
            });
            template.flush();
            consumer.commitSync();
        }
        return count[0];
    }

    private void republish(String topic, ConsumerRecord<String, byte[]> record) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(topic, record.key(), record.value());
        for (Header header : record.headers()) {
            if (!header.key().startsWith(KafkaHeaders.PREFIX + "dlt-")) {
                copy.headers().add(header);
            }
        }
        copy.headers().add(REPLAYED_HEADER, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        try {
            template.send(copy).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Replay to " + topic + " failed: " + e.getMessage(), e);
        }
    }

    private boolean ours(Headers headers) {
        String recordGroup = text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP);
        return recordGroup == null || recordGroup.equals(group);
    }

    private static void drain(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions,
            java.util.function.Consumer<ConsumerRecord<String, byte[]>> action) {
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Timed out reading dead letters");
            }
            consumer.poll(Duration.ofMillis(500)).forEach(action);
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<?, ?> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (infos == null || infos.isEmpty()) {
            throw new IllegalArgumentException("No dead-letter topic " + topic);
        }
        return infos.stream().map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    private KafkaConsumer<String, byte[]> consumer(String groupId) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        if (groupId != null) {
            config.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        return new KafkaConsumer<>(config);
    }

    private static DeadLetterRecord describe(ConsumerRecord<String, byte[]> record) {
        Headers headers = record.headers();
        return new DeadLetterRecord(record.partition(), record.offset(), record.key(), text(headers, "ce_id"),
                text(headers, "ce_type"), text(headers, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                text(headers, KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP),
                firstOf(text(headers, KafkaHeaders.DLT_EXCEPTION_CAUSE_FQCN), text(headers, KafkaHeaders.DLT_EXCEPTION_FQCN)),
                text(headers, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                Instant.ofEpochMilli(record.timestamp()));
    }

    private static String firstOf(String preferred, String fallback) {
        return preferred != null ? preferred : fallback;
    }

    private static String text(Headers headers, String key) {
        Header header = headers.lastHeader(key);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
