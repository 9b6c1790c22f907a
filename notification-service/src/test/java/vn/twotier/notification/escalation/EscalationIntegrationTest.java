package vn.twotier.notification.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.events.merger.UnitType;
import vn.twotier.events.notification.NotificationEscalated;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.testing.MovableClock;
import vn.twotier.notification.TestEvents;

/** Communes must confirm an approved merger; whoever has not by the deadline is reported to the province committee. */
@NotificationServiceTest
class EscalationIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 16, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    MovableClock clock;

    @Test
    @SuppressWarnings("unchecked")
    void anUnacknowledgedApprovalEscalatesToTheCommitteeAfterItsDeadlineAndAnAcknowledgedOneDoesNot() {
        String province = TestEvents.code();
        String a = TestEvents.code();
        String b = TestEvents.code();
        publish(new RegisterImported("imp", province, "Tỉnh Hạn Chót", 2, 0, 0, null, "tester"), NOW);
        String committee = committeeOf(province);
        String chairA = id(createRecipient(Map.of("provinceCode", province, "unitCode", a, "role", "COMMUNE_CHAIR",
                "name", "Chủ tịch UBND xã A")));
        String chairB = id(createRecipient(Map.of("provinceCode", province, "unitCode", b, "role", "COMMUNE_CHAIR",
                "name", "Chủ tịch UBND xã B")));
        List<ProposedUnit> proposal = List.of(new ProposedUnit(a, "Xã Hợp Nhất", UnitType.COMMUNE, List.of(
                new ProposedPart(a, MergeShare.FULL, null), new ProposedPart(b, MergeShare.FULL, null))));

        Instant before = clock.instant();
        String approved = publish(new ScenarioApproved("S-" + province, province, LocalDate.of(2025, 7, 1), proposal,
                "HĐND tỉnh", "Nghị quyết 15/NQ-HĐND"), NOW);
        Map<String, Object> toA = awaitEntry(chairA, approved);
        Map<String, Object> toB = awaitEntry(chairB, approved);
        assertThat(toB.get("actionRequired")).isEqualTo(true);
        assertThat(Instant.parse((String) toB.get("acknowledgeBy")))
                .isBetween(before.plus(Duration.ofDays(7)), clock.instant().plus(Duration.ofDays(7)));

        Map<String, Object> acknowledged = http().post().uri("/api/v1/inbox/{r}/{n}/acknowledge", chairA,
                toA.get("id")).retrieve().body(Map.class);
        assertThat(acknowledged.get("acknowledgedAt")).isNotNull();
        assertThat(acknowledged.get("read")).isEqualTo(true);

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        Map<String, Object> escalation = await().atMost(PATIENCE).until(() -> entries(committee, approved).stream()
                .filter(entry -> entry.get("escalationOf") != null).toList(), list -> !list.isEmpty()).get(0);
        assertThat(escalation.get("escalationOf")).isEqualTo(toB.get("id"));
        assertThat(text(escalation, "title", "vi")).startsWith("Chưa được xác nhận đúng hạn: Phương án");
        assertThat(text(escalation, "body", "vi")).startsWith("Chủ tịch UBND xã B (Chủ tịch UBND cấp xã) chưa xác "
                + "nhận thông báo trước hạn");
        assertThat(text(escalation, "body", "en")).startsWith("Chủ tịch UBND xã B (Commune chair) did not acknowledge");
        assertThat(entries(chairB, approved).get(0).get("escalatedAt")).isNotNull();
        assertThat(entries(chairA, approved).get(0).get("escalatedAt")).as("A acknowledged in time").isNull();
        assertThat(entries(committee, approved).stream().filter(entry -> entry.get("escalationOf") != null))
                .as("only B's notification escalated").hasSize(1);

        var events = deliveryEvents((String) toB.get("id"), 2);
        assertThat(events).extracting(event -> (Object) event.data().getClass().getSimpleName())
                .contains("NotificationDelivered", "NotificationEscalated");
        NotificationEscalated escalated = (NotificationEscalated) events.stream()
                .filter(event -> event.data() instanceof NotificationEscalated).findFirst().orElseThrow().data();
        assertThat(escalated.fromRecipientId()).isEqualTo(chairB);
        assertThat(escalated.toRecipientId()).isEqualTo(committee);
        assertThat(escalated.toRole()).isEqualTo("PROVINCE_ORGANIZATION_COMMITTEE");
        assertThat(escalated.sourceEventId()).isEqualTo(approved);
    }

    @Test
    void aNotificationThatAsksNothingCannotBeAcknowledged() {
        String province = TestEvents.code();
        String eventId = publish(new RegisterImported("imp", province, "Tỉnh Chỉ Báo", 1, 0, 0, null, "tester"), NOW);
        String committee = committeeOf(province);
        Map<String, Object> entry = awaitEntry(committee, eventId);

        var response = exchange(http().post().uri("/api/v1/inbox/{r}/{n}/acknowledge", committee, entry.get("id")));

        assertThat(response.getStatusCode().value()).isEqualTo(409);
        assertThat(response.getBody().get("type")).isEqualTo("https://twotier.vn/problems/no-acknowledgement-needed");
    }

    private static String id(Map<String, Object> recipient) {
        return (String) recipient.get("id");
    }
}
