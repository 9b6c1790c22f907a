package vn.twotier.notification.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.notification.TestEvents;

/** A busy office that chose a digest gets one e-mail listing the notifications instead of one e-mail each. */
@NotificationServiceTest
@SuppressWarnings("unchecked")
class DigestIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 7, 4, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void notificationsForADigestRecipientWaitAndGoOutAsOneEmail() {
        String province = TestEvents.code();
        String address = "tonghop-" + province.toLowerCase() + "@sonoivu.example.vn";
        String recipient = (String) createRecipient(Map.of("provinceCode", province,
                "role", "PROVINCE_ORGANIZATION_COMMITTEE", "name", "Bộ phận tổng hợp", "email", address,
                "digest", true)).get("id");
        String first = publish(new RegisterImported("d1", province, "Tỉnh Tổng Hợp", 1, 0, 0, null, "A"), NOW);
        String second = publish(new RegisterImported("d2", province, "Tỉnh Tổng Hợp", 2, 0, 1, null, "B"), NOW);
        awaitEntry(recipient, first);
        awaitEntry(recipient, second);
        assertThat(mailTo(address)).as("nothing goes out alone").isEmpty();

        Map<String, Object> sent = await().atMost(PATIENCE).until(() -> http().post().uri("/ops/digests/send")
                .retrieve().body(Map.class), result -> ((Number) result.get("notifications")).intValue() >= 2);

        assertThat(sent.get("recipients")).isEqualTo(1);
        List<Map<String, Object>> mails = mailTo(address);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).get("subject")).isEqualTo("[TwoTier] Tổng hợp 2 thông báo / Digest of 2 notifications");
        assertThat((String) mails.get(0).get("text")).contains("Ngày 04/07/2025, A đã nhập",
                "Ngày 04/07/2025, B đã nhập");
        List<Map<String, Object>> emails = http().get()
                .uri("/ops/notifications?recipientId={r}&channel=EMAIL", recipient).retrieve().body(List.class);
        assertThat(emails).hasSize(2).allSatisfy(email -> assertThat(email.get("status")).isEqualTo("DELIVERED"));
        assertThat(http().post().uri("/ops/digests/send").retrieve().body(Map.class).get("notifications"))
                .as("nothing sent twice").isEqualTo(0);
    }

    private List<Map<String, Object>> mailTo(String address) {
        return http().get().uri("/ops/mailbox?to={to}", address).retrieve().body(List.class);
    }
}
