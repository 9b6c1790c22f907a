package vn.twotier.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.twotier.events.EventJson;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.notification.NotificationFailed;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.notification.TestEvents;
import vn.twotier.notification.webhook.TestReceiver.Mode;

/** A unit's own system receives signed CloudEvents; a dead endpoint is retried, failed, then replayed by ops. */
@NotificationServiceTest
@SuppressWarnings("unchecked")
class WebhookIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 7, 1, 7, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final String SECRET = "một-bí-mật-đủ-dài-0123456789";

    @Test
    void theReceiverGetsTheCloudEventAndCanVerifyItsSignature() throws Exception {
        try (TestReceiver receiver = new TestReceiver(SECRET, Mode.ACCEPT)) {
            String province = TestEvents.code();
            String hook = webhookCommittee(province, receiver);

            String eventId = publish(new RegisterImported("imp-w", province, "Tỉnh Móc Nối", 7, 1, 2, "w.csv",
                    "tester"), NOW);

            await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
            TestReceiver.Received received = receiver.accepted().get(0);
            assertThat(received.signatureValid()).isTrue();
            assertThat(received.contentType()).startsWith("application/cloudevents+json");
            Map<String, Object> cloudEvent = EventJson.mapper().readValue(received.body(), Map.class);
            assertThat(cloudEvent).containsEntry("specversion", "1.0").containsEntry("id", eventId)
                    .containsEntry("type", "vn.twotier.merger.register.imported.v1").containsEntry("subject", province);
            assertThat((Map<String, Object>) cloudEvent.get("data")).containsEntry("provinceName", "Tỉnh Móc Nối")
                    .containsEntry("unitsRegistered", 7);
            Map<String, Object> delivery = await().atMost(PATIENCE).until(() -> deliveries(hook, "WEBHOOK").get(0),
                    d -> "DELIVERED".equals(d.get("status")));
            assertThat(delivery.get("id")).isEqualTo(received.deliveryId());
        }
    }

    @Test
    void aDeadEndpointIsRetriedThenFailedVisiblyThenReplayedWhenItIsBack() throws Exception {
        try (TestReceiver receiver = new TestReceiver(SECRET, Mode.FAIL)) {
            String province = TestEvents.code();
            String hook = webhookCommittee(province, receiver);

            publish(new RegisterImported("imp-d", province, "Tỉnh Mất Kết Nối", 1, 0, 0, null, "tester"), NOW);

            Map<String, Object> failed = await().atMost(PATIENCE).until(
                    () -> list("/ops/notifications?status=FAILED&recipientId={r}", hook), l -> !l.isEmpty()).get(0);
            assertThat(failed).containsEntry("channel", "WEBHOOK").containsEntry("attempts", 3);
            assertThat((String) failed.get("lastError")).contains("503");
            assertThat(receiver.attempts()).as("max attempts, then no more").isEqualTo(3);
            var failure = deliveryEvents((String) failed.get("id"), 1).stream()
                    .filter(event -> event.data() instanceof NotificationFailed).findFirst().orElseThrow();
            assertThat((NotificationFailed) failure.data()).satisfies(event -> {
                assertThat(event.recipientId()).isEqualTo(hook);
                assertThat(event.channel()).isEqualTo("WEBHOOK");
                assertThat(event.attempts()).isEqualTo(3);
            });

            receiver.switchTo(Mode.ACCEPT);
            Map<String, Object> replayed = http().post().uri("/ops/notifications/{id}/replay", failed.get("id"))
                    .retrieve().body(Map.class);
            assertThat(replayed.get("status")).isEqualTo("PENDING");

            await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 1);
            assertThat(receiver.accepted().get(0).signatureValid()).isTrue();
            await().atMost(PATIENCE).until(() -> "DELIVERED".equals(deliveries(hook, "WEBHOOK").get(0).get("status")));
            assertThat(exchange(http().post().uri("/ops/notifications/{id}/replay", failed.get("id")))
                    .getStatusCode().value()).as("a delivered notification is not replayed").isEqualTo(409);
        }
    }

    @Test
    void aSlowEndpointDoesNotHoldUpOtherRecipients() throws Exception {
        try (TestReceiver slow = new TestReceiver(SECRET, Mode.HOLD);
                TestReceiver quick = new TestReceiver(SECRET, Mode.ACCEPT)) {
            String province = TestEvents.code();
            webhookCommittee(province, slow);
            webhookCommittee(province, quick);

            publish(new RegisterImported("imp-s", province, "Tỉnh Chậm", 1, 0, 0, null, "tester"), NOW);

            await().atMost(PATIENCE).until(() -> slow.attempts() == 1 && quick.accepted().size() == 1);
            assertThat(slow.accepted()).as("the slow one is still answering").isEmpty();
            slow.release();
            await().atMost(PATIENCE).until(() -> slow.accepted().size() == 1);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRecipientReceivesItsNotificationsInOrderEvenWhenTheFirstNeedsRetries() throws Exception {
        try (TestReceiver receiver = new TestReceiver(SECRET, Mode.ACCEPT)) {
            receiver.failNext(2);
            String province = TestEvents.code();
            webhookCommittee(province, receiver);

            List<String> published = List.of(
                    publish(new RegisterImported("o1", province, "Tỉnh Thứ Tự", 1, 0, 0, null, "A"), NOW),
                    publish(new RegisterImported("o2", province, "Tỉnh Thứ Tự", 2, 0, 0, null, "B"), NOW),
                    publish(new RegisterImported("o3", province, "Tỉnh Thứ Tự", 3, 0, 0, null, "C"), NOW));

            await().atMost(PATIENCE).until(() -> receiver.accepted().size() == 3);
            List<Object> received = receiver.accepted().stream()
                    .map(r -> EventJson.mapper().readValue(r.body(), Map.class).get("id")).toList();
            assertThat(received).containsExactlyElementsOf(published);
            assertThat(receiver.attempts()).as("two refused tries of the first, then one each").isEqualTo(5);
        }
    }

    private String webhookCommittee(String province, TestReceiver receiver) {
        return (String) createRecipient(Map.of("provinceCode", province, "role", "PROVINCE_ORGANIZATION_COMMITTEE",
                "name", "Hệ thống quản lý văn bản của Tỉnh", "webhookUrl", receiver.url(), "webhookSecret", SECRET))
                .get("id");
    }

    private List<Map<String, Object>> deliveries(String recipientId, String channel) {
        return list("/ops/notifications?recipientId={r}&channel=" + channel, recipientId);
    }

    private List<Map<String, Object>> list(String uri, String recipientId) {
        return http().get().uri(uri, recipientId).retrieve().body(List.class);
    }
}
