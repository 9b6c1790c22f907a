package vn.twotier.support.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** The shared messaging pieces against a real broker and store: outbox, dedup, dead letters, replay, health. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestInfrastructureConfiguration.class)
class MessagingIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    private static String code() {
        return "T" + UUID.randomUUID().toString().substring(0, 6);
    }

    private ProducerRecord<String, byte[]> record(String eventId, String type, String provinceCode, String name) {
        return record(eventId, type, provinceCode, provinceCode, name);
    }

    private ProducerRecord<String, byte[]> record(String eventId, String type, String key, String provinceCode,
            String name) {
        RegisterImported event = new RegisterImported("i", provinceCode, name, 1, 0, 0, null, "test");
        EventMetadata metadata = new EventMetadata(eventId, "/test", type, OffsetDateTime.now(), provinceCode,
                "corr-" + eventId, null);
        return CloudEventCodec.toRecord(Topics.MERGER_UNITS, key,
                CloudEventCodec.toCloudEvent(metadata, EventJson.write(event)));
    }

    private Integer applied(String provinceCode) {
        Document doc = mongo.getCollection("applied_counts").find(new Document("_id", provinceCode)).first();
        return doc == null ? null : doc.getInteger("applied");
    }

    private List<ConsumerRecord<String, byte[]>> readAll(String topic, String key, Duration within) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + within.toMillis();
            boolean caughtUp = false;
            // read until some were found and a poll comes back empty (caught up), or time runs out
            while (System.currentTimeMillis() < deadline && !(caughtUp && !found.isEmpty())) {
                var polled = consumer.poll(Duration.ofMillis(500));
                caughtUp = polled.isEmpty();
                polled.forEach(r -> {
                    if (key.equals(r.key())) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }

    @Test
    void savedStateIsPublishedOnceAsABinaryCloudEventAndRemovedFromTheOutbox() {
        String code = code();
        mongo.save(TestProvince.imported(code, "Tỉnh Thử"));

        List<ConsumerRecord<String, byte[]>> records = readAll(Topics.MERGER_UNITS, code, Duration.ofSeconds(20));
        assertThat(records).hasSize(1);
        ConsumerRecord<String, byte[]> record = records.get(0);
        assertThat(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo("vn.twotier.merger.register.imported.v1");
        assertThat(new String(record.headers().lastHeader("ce_source").value(), StandardCharsets.UTF_8))
                .isEqualTo("/twotier/support-test");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("Tỉnh Thử");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(mongo.findById(code, TestProvince.class).getOutbox()).isEmpty());
        // and the service's own handler applied it exactly once
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(applied(code)).isEqualTo(1));
    }

    @Autowired
    AggregateWriter writer;

    @Test
    void anUpdateFromAnObjectLoadedBeforeTheRelayRanDoesNotPublishOldEventsAgain() {
        String code = code();
        TestProvince province = writer.insert(TestProvince.imported(code, "Tỉnh Cũ"));
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(code, TestProvince.class).getOutbox().isEmpty());
        // this object still holds the first event in memory; the relay has published and removed it meanwhile
        province.rename("Tỉnh Mới");
        writer.update(province);

        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.findById(code, TestProvince.class).getOutbox().isEmpty());
        List<String> names = readAll(Topics.MERGER_UNITS, code, Duration.ofSeconds(5)).stream()
                .map(record -> new String(record.value(), StandardCharsets.UTF_8)).toList();
        assertThat(names).hasSize(2);
        assertThat(names.get(0)).contains("Tỉnh Cũ");
        assertThat(names.get(1)).contains("Tỉnh Mới");
        assertThat(mongo.findById(code, TestProvince.class).getVersion()).isEqualTo(1L);
    }

    @Test
    void aFieldClearedInJavaIsClearedInTheStore() {
        String code = code();
        TestProvince province = writer.insert(TestProvince.imported(code, "Tên"));
        province.clearName();
        writer.update(province);
        assertThat(mongo.findById(code, TestProvince.class).getName()).isNull();
    }

    @Test
    void aStaleUpdateIsRefused() {
        String code = code();
        TestProvince first = writer.insert(TestProvince.imported(code, "A"));
        TestProvince second = mongo.findById(code, TestProvince.class);
        second.rename("B");
        writer.update(second);
        first.rename("C");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> writer.update(first))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        assertThat(mongo.findById(code, TestProvince.class).getName()).isEqualTo("B");
    }

    @Test
    void aRedeliveredEventChangesNothing() throws Exception {
        String code = code();
        String eventId = UUID.randomUUID().toString();
        kafka.send(record(eventId, "vn.twotier.merger.register.imported.v1", code, "A")).get();
        kafka.send(record(eventId, "vn.twotier.merger.register.imported.v1", code, "A")).get();
        String later = code();
        // same key, so same partition: once this one is applied, both copies before it were handled
        kafka.send(record(UUID.randomUUID().toString(), "vn.twotier.merger.register.imported.v1", code, later, "B"))
                .get();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(applied(later)).isEqualTo(1));
        assertThat(applied(code)).isEqualTo(1);
    }

    @Test
    void poisonRecordsGoToTheDeadLetterTopicAndLaterRecordsStillFlow() throws Exception {
        String code = code();
        // not a CloudEvent at all, an unknown version, and one the handler throws on (retried, then dead-lettered)
        kafka.send(new ProducerRecord<>(Topics.MERGER_UNITS, code, "garbage".getBytes(StandardCharsets.UTF_8))).get();
        kafka.send(record(UUID.randomUUID().toString(), "vn.twotier.merger.register.imported.v9", code, "X")).get();
        kafka.send(record(UUID.randomUUID().toString(), "vn.twotier.merger.register.imported.v1", code,
                "poison-in-handler")).get();
        String after = code();
        kafka.send(record(UUID.randomUUID().toString(), "vn.twotier.merger.register.imported.v1", code, after, "ok"))
                .get();

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(applied(after)).isEqualTo(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<Map<String, Object>> dead = deadLetters().stream()
                    .filter(record -> code.equals(record.get("key"))).toList();
            assertThat(dead).hasSize(3);
            assertThat(dead).extracting(record -> (String) record.get("exception")).containsExactlyInAnyOrder(
                    "vn.twotier.events.MalformedEventException",
                    "vn.twotier.events.UnknownEventTypeException",
                    "java.lang.IllegalStateException");
        });
        ConsumerRecord<String, byte[]> dlt = readAll(Topics.deadLetter(Topics.MERGER_UNITS), code,
                Duration.ofSeconds(10)).get(0);
        assertThat(dlt.headers().lastHeader("kafka_dlt-original-topic")).isNotNull();
    }

    @Test
    void deadLettersCanBeReplayedByAnOperator() throws Exception {
        String code = code();
        kafka.send(record(UUID.randomUUID().toString(), "vn.twotier.merger.register.imported.v1", code,
                "poison-in-handler")).get();
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().stream()
                .anyMatch(record -> code.equals(record.get("key"))));

        Map<?, ?> replay = http().post().uri("/ops/dlt/{topic}/replay", Topics.MERGER_UNITS).retrieve()
                .body(Map.class);
        assertThat((Integer) replay.get("replayed")).isGreaterThanOrEqualTo(1);
        // the handler still refuses it, so it comes back to the DLT a second time: replay is a real re-delivery
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters().stream()
                .filter(record -> code.equals(record.get("key"))).count() == 2);
        Map<?, ?> again = http().post().uri("/ops/dlt/{topic}/replay", Topics.MERGER_UNITS).retrieve()
                .body(Map.class);
        assertThat((Integer) again.get("replayed")).as("already-replayed records are not replayed twice")
                .isLessThan((Integer) replay.get("replayed") + 1);
    }

    @Test
    void healthIsUpOnTheEmbeddedStoreAndReportsBothDependencies() {
        Map<?, ?> health = http().get().uri("/actuator/health").retrieve().body(Map.class);
        assertThat(health.get("status")).isEqualTo("UP");
        Map<?, ?> components = (Map<?, ?>) health.get("components");
        assertThat(((Map<?, ?>) components.get("mongo")).get("status")).isEqualTo("UP");
        assertThat(((Map<?, ?>) components.get("kafka")).get("status")).isEqualTo("UP");
        String metrics = http().get().uri("/actuator/prometheus").retrieve().body(String.class);
        assertThat(metrics).contains("twotier_outbox_pending_events").contains("application=\"support-test\"");
    }

    @Test
    void theOpenApiDocumentNamesTheService() {
        Map<?, ?> api = http().get().uri("/v3/api-docs").retrieve().body(Map.class);
        assertThat(((Map<?, ?>) api.get("info")).get("title")).isEqualTo("TwoTier support-test");
        assertThat(((Map<?, ?>) api.get("paths")).containsKey("/ops/dlt/{topic}/replay")).isTrue();
    }

    @Test
    void unknownDeadLetterTopicIsAProblem() {
        var response = http().get().uri("/ops/dlt/{topic}", "nope").retrieve()
                .onStatus(HttpStatusCode::isError, (request, resp) -> { })
                .toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody().get("type")).isEqualTo("https://twotier.vn/problems/dead-letter-topic-not-found");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> deadLetters() {
        return http().get().uri("/ops/dlt/{topic}?limit=1000", Topics.MERGER_UNITS).retrieve().body(List.class);
    }

    private RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }
}
