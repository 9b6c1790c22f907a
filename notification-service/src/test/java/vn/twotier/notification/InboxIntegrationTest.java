package vn.twotier.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatusCode;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.fanout.FanOut;

/** The walking skeleton's part: a register import reaches the province committee's inbox exactly once. */
@NotificationServiceTest
class InboxIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime JULY_FIRST = OffsetDateTime.of(2025, 7, 1, 8, 30, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    FanOut fanOut;

    @Test
    void aRegisterImportPublishedTwiceReachesTheProvinceCommitteeOnce() throws Exception {
        String province = TestEvents.code();
        String eventId = UUID.randomUUID().toString();
        RegisterImported imported = new RegisterImported("imp-1", province, "Tỉnh Thử Nghiệm", 12, 3, 40,
                "don-vi-hanh-chinh.csv", "Nguyễn Văn An");
        kafka.send(TestEvents.record(eventId, imported, JULY_FIRST)).get();
        kafka.send(TestEvents.record(eventId, imported, JULY_FIRST)).get();
        // Same key, same partition: once this later import shows, both copies before it were handled.
        String laterId = UUID.randomUUID().toString();
        kafka.send(TestEvents.record(laterId, new RegisterImported("imp-2", province, "Tỉnh Thử Nghiệm", 0, 0, 55,
                null, "Trần Thị Bình"), JULY_FIRST.plusDays(1))).get();

        String committee = await().atMost(Duration.ofSeconds(30)).until(() -> committeeOrNull(province),
                id -> id != null);
        Map<String, Object> inbox = await().atMost(Duration.ofSeconds(30))
                .until(() -> inbox(committee), page -> eventIds(page).contains(laterId));

        assertThat(eventIds(inbox)).containsExactly(laterId, eventId); // newest first, each once
        assertThat(inbox.get("unreadCount")).isEqualTo(2);
        Map<String, Object> first = items(inbox).get(1);
        Map<?, ?> title = (Map<?, ?>) first.get("title");
        Map<?, ?> body = (Map<?, ?>) first.get("body");
        assertThat(title.get("vi")).isEqualTo("Đã cập nhật danh mục đơn vị hành chính của Tỉnh Thử Nghiệm");
        assertThat(title.get("en")).isEqualTo("Administrative unit register of Tỉnh Thử Nghiệm updated");
        assertThat((String) body.get("vi")).startsWith("Ngày 01/07/2025, Nguyễn Văn An đã nhập")
                .contains("12 đơn vị được ghi nhận mới", "3 đơn vị chấm dứt hoạt động", "40 đơn vị không thay đổi");
        assertThat((String) body.get("en")).startsWith("On 01/07/2025, Nguyễn Văn An imported");
    }

    @Test
    void markingReadLowersTheUnreadCountOnce() throws Exception {
        String province = TestEvents.code();
        String eventId = UUID.randomUUID().toString();
        kafka.send(TestEvents.record(eventId, new RegisterImported("imp", province, "Thành phố Thử", 1, 0, 0, null,
                "tester"), JULY_FIRST)).get();
        String committee = await().atMost(Duration.ofSeconds(30)).until(() -> committeeOrNull(province),
                id -> id != null);
        Map<String, Object> inbox = await().atMost(Duration.ofSeconds(30)).until(() -> inbox(committee),
                page -> eventIds(page).contains(eventId));
        String notificationId = (String) items(inbox).get(0).get("id");

        Map<?, ?> read = http().post().uri("/api/v1/inbox/{r}/{n}/read", committee, notificationId).retrieve()
                .body(Map.class);
        http().post().uri("/api/v1/inbox/{r}/{n}/read", committee, notificationId).retrieve().toBodilessEntity();

        assertThat(read.get("read")).isEqualTo(true);
        assertThat(inbox(committee).get("unreadCount")).isEqualTo(0);
        assertThat(inbox(committee).get("total")).isEqualTo(1);
    }

    @Test
    void applyingTheSameEventAgainPastTheProcessedIdsStillNotifiesOnce() {
        // A crash after the handler's write but before the id was marked processed re-runs the handler:
        // the unique index on (event id, recipient, channel) is what keeps it to one.
        String province = TestEvents.code();
        var event = TestEvents.received(UUID.randomUUID().toString(),
                new RegisterImported("imp", province, "Tỉnh Lặp", 5, 0, 0, null, "tester"), JULY_FIRST);
        var handler = new vn.twotier.notification.rule.EventFacts(province, "Tỉnh Lặp", List.of(province),
                java.util.Set.of(), "register-imported", Map.of("provinceCode", province, "provinceName", "Tỉnh Lặp",
                        "date", JULY_FIRST.toLocalDate(), "importedBy", "tester", "fileName", "-",
                        "registered", 5, "retired", 0, "unchanged", 0));

        assertThat(fanOut.apply(event, handler)).isEqualTo(1);
        assertThat(fanOut.apply(event, handler)).isZero();
        assertThat(inbox(committeeOrNull(province)).get("total")).isEqualTo(1);
    }

    @Test
    void anUnknownRecipientHasNoInbox() {
        var response = http().get().uri("/api/v1/inbox/{r}", "nobody").retrieve()
                .onStatus(HttpStatusCode::isError, (request, resp) -> { }).toEntity(Map.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        assertThat(response.getBody().get("type")).isEqualTo("https://twotier.vn/problems/recipient-not-found");
    }

    private String committeeOrNull(String province) {
        List<?> found = http().get()
                .uri("/api/v1/recipients?provinceCode={p}&role=PROVINCE_ORGANIZATION_COMMITTEE", province)
                .retrieve().body(List.class);
        assertThat(found).as("one default committee per province").hasSizeLessThanOrEqualTo(1);
        return found.isEmpty() ? null : (String) ((Map<?, ?>) found.get(0)).get("id");
    }

    private static List<Object> eventIds(Map<String, Object> inbox) {
        return items(inbox).stream().map(item -> item.get("eventId")).toList();
    }

}
