package vn.twotier.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * A secondment across the three services, as Nghệ An's Conclusion 07-KL/TU runs it: the register is imported, a
 * roster exists, the redistribution proposal names a surplus officer for a commune short in that specialty; the
 * request goes nominated → compiled → appraised → approved → started; the gap matrix moves at both ends and the
 * receiving commune's chair is told (and must confirm the arrival).
 */
class SecondmentEndToEndTest {

    private static final String CAO_BANG = "04";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static RestClient staffing() {
        return E2eStack.http("staffing-service");
    }

    private static Map<?, ?> gapOf(String unitCode) {
        return staffing().get().uri("/api/v1/gaps/units/{code}?asOf={d}", unitCode, TODAY).retrieve().body(Map.class);
    }

    private static int number(Map<?, ?> map, String key) {
        return ((Number) map.get(key)).intValue();
    }

    private static Map<?, ?> step(String requestId, String action, Map<String, Object> body) {
        return staffing().post().uri("/api/v1/secondment/requests/{id}/{action}", requestId, action)
                .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().body(Map.class);
    }

    @Test
    void nominationToStartMovesTheGapMatrixAndTellsTheReceivingCommune() throws Exception {
        E2eStack.importRegisterOf(CAO_BANG);
        int units = ((Number) E2eStack.http("merger-service").get()
                .uri("/api/v1/provinces/{p}/summary?asOf={d}", CAO_BANG, TODAY).retrieve().body(Map.class)
                .get("total")).intValue();
        await().atMost(Duration.ofSeconds(90)).until(() -> E2eStack.unitsInStaffing(CAO_BANG, TODAY.toString())
                .size() == units);
        staffing().post().uri("/api/v1/rosters/generate").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("provinceCode", CAO_BANG, "seed", 7, "asOf", TODAY.toString())).retrieve()
                .toBodilessEntity();

        Map<?, ?> plan = staffing().get().uri("/api/v1/redistribution/provinces/{p}?asOf={d}", CAO_BANG, TODAY)
                .retrieve().body(Map.class);
        List<?> moves = (List<?>) plan.get("plan");
        assertThat(moves).as("the synthetic roster has surplus and short communes").isNotEmpty();
        Map<?, ?> move = (Map<?, ?>) moves.get(0);
        String person = (String) move.get("personId");
        String from = (String) move.get("fromUnit");
        String to = (String) move.get("toUnit");
        Map<?, ?> fromBefore = gapOf(from);
        Map<?, ?> toBefore = gapOf(to);

        Map<?, ?> chair = E2eStack.http("notification-service").post().uri("/api/v1/recipients")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("provinceCode", CAO_BANG, "unitCode", to, "role", "COMMUNE_CHAIR",
                        "name", "Chủ tịch UBND " + move.get("toUnitName")))
                .retrieve().body(Map.class);

        Map<?, ?> request = staffing().post().uri("/api/v1/secondment/requests").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("personId", person, "sendingUnitCode", from, "receivingUnitCode", to,
                        "startDate", TODAY.toString(), "endDate", TODAY.plusYears(1).toString(),
                        "actor", "UBND " + move.get("fromUnitName"), "reason", "Kết luận 07-KL/TU ngày 10/11/2025"))
                .retrieve().body(Map.class);
        String id = (String) request.get("id");
        step(id, "compile", Map.of("actor", "Sở Nội vụ"));
        step(id, "appraise", Map.of("actor", "Sở Nội vụ"));
        step(id, "decision", Map.of("outcome", "APPROVE", "decisionNumber", "55/QĐ-UBND",
                "decisionDate", TODAY.toString(), "actor", "UBND tỉnh"));
        Map<?, ?> started = step(id, "start", Map.of("actor", "UBND " + move.get("toUnitName")));
        assertThat(started.get("status")).isEqualTo("STARTED");

        // the receiving commune counts one more (an incoming secondee), the sending one one fewer (payroll stays home)
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<?, ?> toAfter = gapOf(to);
            Map<?, ?> fromAfter = gapOf(from);
            assertThat(number(toAfter, "incomingSecondees")).isEqualTo(number(toBefore, "incomingSecondees") + 1);
            assertThat(number(toAfter, "actual")).isEqualTo(number(toBefore, "actual") + 1);
            assertThat(number(fromAfter, "outgoingSecondees")).isEqualTo(number(fromBefore, "outgoingSecondees") + 1);
            assertThat(number(fromAfter, "actual")).isEqualTo(number(fromBefore, "actual") - 1);
        });
        // and the receiving commune's chair hears of the approval and must confirm the arrival
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<?, ?> inbox = E2eStack.http("notification-service").get().uri("/api/v1/inbox/{id}", chair.get("id"))
                    .retrieve().body(Map.class);
            List<?> items = (List<?>) inbox.get("items");
            List<String> types = items.stream().map(item -> (String) ((Map<?, ?>) item).get("eventType")).toList();
            assertThat(types).contains("vn.twotier.staffing.secondment.approved.v1",
                    "vn.twotier.staffing.secondment.started.v1");
            assertThat(items).anySatisfy(item -> {
                assertThat(((Map<?, ?>) item).get("eventType")).isEqualTo("vn.twotier.staffing.secondment.started.v1");
                assertThat(((Map<?, ?>) item).get("actionRequired")).isEqualTo(true);
            });
        });
    }
}
