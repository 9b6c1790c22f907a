package vn.twotier.notification;

import static org.awaitility.Awaitility.await;

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
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.client.RestClient;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.Topics;

/** What the service's integration tests do as a user or another service would: HTTP calls and Kafka events. */
public abstract class ServiceTestSupport {

    protected static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    protected KafkaTemplate<String, byte[]> kafka;

    @LocalServerPort
    protected int port;

    @Autowired
    protected KafkaProperties kafkaProperties;

    /** The delivery events published for one notification (the record key), read from the topic from its start. */
    protected List<ReceivedEvent<DomainEvent>> deliveryEvents(String notificationId, int atLeast) {
        Map<String, Object> config = new HashMap<>(kafkaProperties.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ReceivedEvent<DomainEvent>> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.NOTIFICATION_DELIVERIES));
            await().atMost(PATIENCE).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (notificationId.equals(record.key())) {
                        found.add(CloudEventCodec.decode(CloudEventCodec.fromRecord(record)));
                    }
                }
                return found.size() >= atLeast;
            });
        }
        return found;
    }

    protected String publish(DomainEvent event, OffsetDateTime time) {
        String eventId = UUID.randomUUID().toString();
        publish(eventId, event, time);
        return eventId;
    }

    protected void publish(String eventId, DomainEvent event, OffsetDateTime time) {
        try {
            kafka.send(TestEvents.record(eventId, event, time)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    protected RestClient http() {
        return RestClient.create("http://localhost:" + port);
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> createRecipient(Map<String, Object> body) {
        return http().post().uri("/api/v1/recipients").body(body).retrieve().body(Map.class);
    }

    @SuppressWarnings("rawtypes")
    protected ResponseEntity<Map> exchange(RestClient.RequestHeadersSpec<?> request) {
        return request.retrieve().onStatus(HttpStatusCode::isError, (req, resp) -> { }).toEntity(Map.class);
    }

    protected String committeeOf(String province) {
        List<?> found = await().atMost(PATIENCE).until(() -> http().get()
                .uri("/api/v1/recipients?provinceCode={p}&role=PROVINCE_ORGANIZATION_COMMITTEE", province)
                .retrieve().body(List.class), list -> !list.isEmpty());
        return (String) ((Map<?, ?>) found.get(0)).get("id");
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> inbox(String recipientId) {
        return http().get().uri("/api/v1/inbox/{r}", recipientId).retrieve().body(Map.class);
    }

    /** Waits until the recipient's inbox has a notification of {@code eventId}, and returns that entry. */
    protected Map<String, Object> awaitEntry(String recipientId, String eventId) {
        return await().atMost(PATIENCE).until(() -> entries(recipientId, eventId), list -> !list.isEmpty()).get(0);
    }

    protected List<Map<String, Object>> entries(String recipientId, String eventId) {
        return items(inbox(recipientId)).stream().filter(item -> eventId.equals(item.get("eventId"))).toList();
    }

    @SuppressWarnings("unchecked")
    protected static List<Map<String, Object>> items(Map<String, Object> inbox) {
        return (List<Map<String, Object>>) inbox.get("items");
    }

    protected static String text(Map<String, Object> entry, String part, String language) {
        return (String) ((Map<?, ?>) entry.get(part)).get(language);
    }
}
