package vn.twotier.notification.fanout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;
import vn.twotier.events.staffing.SecondmentApproved;
import vn.twotier.events.staffing.SecondmentEndReason;
import vn.twotier.events.staffing.SecondmentEnded;
import vn.twotier.events.staffing.SecondmentStarted;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.notification.TestEvents;

/** A secondment decision reaches the sending department, the receiving commune and the seconded person, and no one else. */
@NotificationServiceTest
class SecondmentNotificationsIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 11, 12, 9, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    private static final LocalDate END = LocalDate.of(2027, 11, 30);

    @Test
    void aDecisionReachesEveryoneItConcernsAndTheCommuneMustConfirmTheArrival() {
        String province = TestEvents.code();
        String department = TestEvents.code();
        String commune = TestEvents.code();
        String otherCommune = TestEvents.code();
        String person = "P-" + TestEvents.code();
        publish(new RegisterImported("imp", province, "Tỉnh Nghệ An Thử", 2, 0, 0, null, "tester"), NOW);
        publish(new UnitRegistered(commune, LocalDate.of(2025, 7, 1), null, "Xã Con Cuông", UnitType.COMMUNE,
                province, null, 100.0, List.of()), NOW);
        String sending = recipient(province, department, "SENDING_DEPARTMENT", "Sở Tài chính", null);
        String chair = recipient(province, commune, "COMMUNE_CHAIR", "Chủ tịch UBND xã Con Cuông", null);
        String office = recipient(province, commune, "COMMUNE_OFFICE", "Văn phòng xã Con Cuông", null);
        String seconded = recipient(province, department, "SECONDED_PERSON", "Cán bộ được biệt phái", person);
        String homeAffairs = recipient(province, null, "HOME_AFFAIRS_DEPARTMENT", "Sở Nội vụ", null);
        String otherChair = recipient(province, otherCommune, "COMMUNE_CHAIR", "Chủ tịch xã khác", null);

        String request = "REQ-" + TestEvents.code();
        String approved = publish(new SecondmentApproved(request, "KL07", province, SecondmentType.SECONDMENT, person,
                department, commune, START, END, "1234/QĐ-UBND", LocalDate.of(2025, 11, 10), "Chủ tịch UBND tỉnh",
                null), NOW);
        String started = publish(new SecondmentStarted(request, "KL07", province, SecondmentType.SECONDMENT, person,
                department, commune, START, END, "system", null), NOW.plusDays(19));
        String ended = publish(new SecondmentEnded(request, "KL07", province, SecondmentType.SECONDMENT, person,
                department, commune, START, END, LocalDate.of(2026, 6, 30), SecondmentEndReason.ENDED_EARLY,
                "Sở Nội vụ", "Hoàn thành nhiệm vụ"), NOW.plusDays(230));
        awaitEntry(seconded, ended); // same request key: everything before it was handled

        for (String recipient : List.of(sending, chair, office, seconded, homeAffairs)) {
            assertThat(entries(recipient, approved)).as(recipient).hasSize(1);
        }
        assertThat(entries(otherChair, approved)).isEmpty();
        Map<String, Object> toPerson = entries(seconded, approved).get(0);
        assertThat(text(toPerson, "title", "vi"))
                .isEqualTo("Quyết định số 1234/QĐ-UBND: biệt phái cán bộ mã " + person + " đến Xã Con Cuông");
        assertThat(text(toPerson, "body", "vi")).isEqualTo("Theo Quyết định số 1234/QĐ-UBND ngày 10/11/2025, cán bộ mã "
                + person + " của " + department + " được biệt phái đến Xã Con Cuông (Tỉnh Nghệ An Thử) từ ngày "
                + "01/12/2025 đến ngày 30/11/2027.");

        Map<String, Object> arrival = entries(chair, started).get(0);
        assertThat(arrival.get("actionRequired")).isEqualTo(true);
        assertThat(entries(sending, started).get(0).get("actionRequired")).isEqualTo(false);
        assertThat(entries(office, started)).as("the default rule asks the chair only").isEmpty();
        assertThat(text(entries(seconded, ended).get(0), "body", "en")).isEqualTo("On 30/06/2026, the secondment of "
                + "staff member " + person + " at Xã Con Cuông ended (ended early); they return to " + department + ".");
    }

    @Test
    void aSecondedPersonNeedsTheirRosterId() {
        var response = exchange(http().post().uri("/api/v1/recipients").body(Map.of("provinceCode", "40",
                "unitCode", "40100", "role", "SECONDED_PERSON", "name", "Nguyễn Văn B")));
        assertThat(response.getStatusCode().value()).isEqualTo(422);
        assertThat((List<?>) response.getBody().get("errors")).singleElement()
                .satisfies(error -> assertThat(((Map<?, ?>) error).get("field")).isEqualTo("personId"));
    }

    private String recipient(String province, String unit, String role, String name, String personId) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("provinceCode", province, "role", role,
                "name", name));
        if (unit != null) {
            body.put("unitCode", unit);
        }
        if (personId != null) {
            body.put("personId", personId);
        }
        return (String) createRecipient(body).get("id");
    }
}
