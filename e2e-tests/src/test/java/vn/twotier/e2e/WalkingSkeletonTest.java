package vn.twotier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.web.client.RestClient;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;

/**
 * The walking skeleton, end to end with the three services running together: a register import in merger-service
 * reaches staffing-service's read model and the province committee's inbox in notification-service; redelivering
 * every record changes nothing; a poison record is dead-lettered while later records still flow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WalkingSkeletonTest {

    private static final String HA_TINH = "42";
    private static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private static RestClient http(String service) {
        return E2eStack.http(service);
    }

    private static List<?> unitsInStaffing(String province, LocalDate asOf) {
        return E2eStack.unitsInStaffing(province, asOf.toString());
    }

    private static Map<?, ?> committeeInbox(String province) {
        List<?> recipients = http("notification-service").get()
                .uri("/api/v1/recipients?provinceCode={p}&role=PROVINCE_ORGANIZATION_COMMITTEE", province)
                .retrieve().body(List.class);
        assertThat(recipients).hasSize(1);
        String id = (String) ((Map<?, ?>) recipients.get(0)).get("id");
        return http("notification-service").get().uri("/api/v1/inbox/{id}", id).retrieve().body(Map.class);
    }

    @Test
    @Order(1)
    void importedRegisterReachesStaffingAndTheProvinceCommittee() throws Exception {
        E2eStack.importRegisterOf(HA_TINH);

        // Hà Tĩnh has 69 commune-level units from 1 July 2025 (Resolution 1665/NQ-UBTVQH15)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(unitsInStaffing(HA_TINH, REFORM)).hasSize(69));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<?, ?> inbox = committeeInbox(HA_TINH);
            assertThat(((Number) inbox.get("total")).intValue()).isEqualTo(1);
            assertThat(((Number) inbox.get("unreadCount")).intValue()).isEqualTo(1);
        });
    }

    @Test
    @Order(2)
    void redeliveringEveryRecordChangesNothing() throws Exception {
        List<ConsumerRecord<String, byte[]>> published = readAll(Topics.MERGER_UNITS);
        assertThat(published).hasSizeGreaterThan(69);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (ConsumerRecord<String, byte[]> record : published) {
                ProducerRecord<String, byte[]> again = new ProducerRecord<>(record.topic(), record.partition(),
                        record.key(), record.value(), record.headers());
                producer.send(again);
            }
            producer.flush();
        }
        awaitConsumersCaughtUp();

        assertThat(unitsInStaffing(HA_TINH, REFORM)).hasSize(69);
        Map<?, ?> inbox = committeeInbox(HA_TINH);
        assertThat(((Number) inbox.get("total")).intValue()).as("one inbox entry per event, however often delivered")
                .isEqualTo(1);
    }

    @Test
    @Order(3)
    void aPoisonRecordIsDeadLetteredWhileLaterRecordsStillFlow() throws Exception {
        String code = "9" + (int) (Math.random() * 9000 + 1000);
        UnitRegistered later = new UnitRegistered(code, REFORM, null, "Xã Thử Nghiệm", UnitType.COMMUNE, HA_TINH,
                null, null, List.of());
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), "/e2e",
                "vn.twotier.merger.unit.registered.v1", OffsetDateTime.now(), code, null, null);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            // same key, so same partition: the good record queues right behind the poison one
            producer.send(new ProducerRecord<>(Topics.MERGER_UNITS, code, "{not a cloud event".getBytes(
                    StandardCharsets.UTF_8))).get();
            producer.send(CloudEventCodec.toRecord(Topics.MERGER_UNITS, code,
                    CloudEventCodec.toCloudEvent(metadata, EventJson.write(later)))).get();
        }

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                assertThat(unitsInStaffing(HA_TINH, REFORM)).hasSize(70));
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            List<?> dead = http("staffing-service").get().uri("/ops/dlt/{t}?limit=1000", Topics.MERGER_UNITS)
                    .retrieve().body(List.class);
            assertThat(dead).anySatisfy(entry -> {
                assertThat(((Map<?, ?>) entry).get("key")).isEqualTo(code);
                assertThat(((Map<?, ?>) entry).get("exception")).isEqualTo("vn.twotier.events.MalformedEventException");
            });
        });
    }

    private static KafkaProducer<String, byte[]> producer() {
        Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, E2eStack.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        return new KafkaProducer<>(config);
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, E2eStack.bootstrapServers());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }

    /** Every consumer group of the stack has committed up to the end of every topic it reads. */
    private static void awaitConsumersCaughtUp() {
        try (AdminClient admin = AdminClient.create(Map.of("bootstrap.servers", E2eStack.bootstrapServers()))) {
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() -> {
                for (String group : List.of("staffing-service", "notification-service")) {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata().get();
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    committed.keySet().forEach(tp -> latest.put(tp, OffsetSpec.latest()));
                    var ends = admin.listOffsets(latest).all().get();
                    for (var entry : committed.entrySet()) {
                        if (entry.getKey().topic().equals(Topics.MERGER_UNITS)
                                && entry.getValue().offset() < ends.get(entry.getKey()).offset()) {
                            return false;
                        }
                    }
                }
                return true;
            });
        }
    }
}
