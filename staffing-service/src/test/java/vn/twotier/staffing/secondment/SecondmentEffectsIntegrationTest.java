package vn.twotier.staffing.secondment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import vn.twotier.events.Topics;
import vn.twotier.staffing.secondment.schedule.SecondmentClockJob;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.testing.MovableClock;

/**
 * Nomination → approval → start moves the person's count from the sending to the receiving unit on the gap matrix,
 * with the events on Kafka; the clock then issues the 60- and 30-day reminders and ends the secondment on its end
 * date, which moves the count back.
 */
@SecondmentTest
class SecondmentEffectsIntegrationTest {

    private static final String PREFIX = "vn.twotier.staffing.secondment.";

    @Autowired
    UnitReadModel units;

    @Autowired
    MovableClock clock;

    @Autowired
    SecondmentClockJob job;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    @Test
    void aStartedSecondmentMovesTheCountToTheReceivingUnitAndTheClockBringsItBack() {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        SecondmentFixture f = SecondmentFixture.create(units, http, "88", today);
        assertThat(gap(http, f.sending)).containsEntry("actual", 34).containsEntry("surplus", 2);
        assertThat(gap(http, f.receiving)).containsEntry("actual", 30).containsEntry("surplus", -2);

        String id = (String) post(http, "", f.nomination("88001-33", today, today.plusDays(90)), 201).get("id");
        post(http, "/" + id + "/compile", step("Sở Nội vụ"), 200);
        post(http, "/" + id + "/appraise", step("Sở Nội vụ"), 200);
        Map<String, Object> decision = step("UBND tỉnh Nghệ An");
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "3456/QĐ-UBND");
        decision.put("decisionDate", today.toString());
        post(http, "/" + id + "/decision", decision, 200);
        post(http, "/" + id + "/start", step("UBND xã Thiếu"), 200);

        // the receiving unit counts the secondee, the sending unit no longer does (payroll stays there)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gap(http, f.receiving)).containsEntry("actual", 31).containsEntry("incomingSecondees", 1);
            assertThat(gap(http, f.sending)).containsEntry("actual", 33).containsEntry("outgoingSecondees", 1);
        });
        TopicProbe probe = new TopicProbe(kafkaProperties);
        List<ConsumerRecord<String, byte[]>> gapEvents = probe.read(Topics.STAFFING_GAPS, f.receiving,
                Duration.ofSeconds(30), found -> found.stream().anyMatch(r -> TopicProbe.body(r)
                        .contains("\"incomingSecondees\":1")));
        assertThat(gapEvents).anySatisfy(r -> assertThat(TopicProbe.body(r)).contains("\"actual\":31"));
        List<ConsumerRecord<String, byte[]>> events = probe.read(Topics.STAFFING_SECONDMENTS, id,
                Duration.ofSeconds(30), found -> found.size() >= 5);
        assertThat(events).extracting(TopicProbe::type).containsExactly(PREFIX + "nominated.v1",
                PREFIX + "compiled.v1", PREFIX + "appraised.v1", PREFIX + "approved.v1", PREFIX + "started.v1");
        assertThat(events).allSatisfy(r -> assertThat(TopicProbe.body(r)).contains("\"personId\":\"88001-33\"")
                .doesNotContain("Trần Văn Thử"));
        assertThat(TopicProbe.body(events.get(3))).contains("\"decisionNumber\":\"3456/QĐ-UBND\"");

        // the clock: nothing yet; 59 days left → the 60-day reminder, once; 29 days left → the 30-day one
        assertThat(job.run()).isZero();
        clock.advanceDays(31);
        assertThat(job.run()).isEqualTo(1);
        assertThat(job.run()).isZero();
        clock.advanceDays(30);
        assertThat(job.run()).isEqualTo(1);
        assertThat(http.get("/api/v1/secondment/requests/" + id)).containsEntry("remindersIssued", List.of(60, 30));
        // the end date: the secondment ends by itself and the person counts at home again
        clock.advanceDays(29);
        assertThat(job.run()).isEqualTo(1);
        assertThat(http.get("/api/v1/secondment/requests/" + id)).containsEntry("status", "ENDED")
                .containsEntry("endReason", "END_DATE_REACHED").containsEntry("endedOn",
                        today.plusDays(90).toString());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gap(http, f.receiving)).containsEntry("actual", 30).containsEntry("incomingSecondees", 0);
            assertThat(gap(http, f.sending)).containsEntry("actual", 34).containsEntry("outgoingSecondees", 0);
        });
        List<ConsumerRecord<String, byte[]>> later = probe.read(Topics.STAFFING_SECONDMENTS, id,
                Duration.ofSeconds(30), found -> found.size() >= 8);
        assertThat(later).extracting(TopicProbe::type).endsWith(PREFIX + "reminder-issued.v1",
                PREFIX + "reminder-issued.v1", PREFIX + "ended.v1");
        assertThat(TopicProbe.body(later.get(5))).contains("\"daysBefore\":60");
        assertThat(TopicProbe.body(later.get(7))).contains("\"endReason\":\"END_DATE_REACHED\"");
    }

    @Test
    void aTransferMovesThePersonForGood() {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        SecondmentFixture f = SecondmentFixture.create(units, http, "89", today);
        Map<String, Object> body = f.nomination("89001-34", today, null);
        body.put("type", "TRANSFER");
        String id = (String) post(http, "", body, 201).get("id");
        post(http, "/" + id + "/compile", step("Sở Nội vụ"), 200);
        post(http, "/" + id + "/appraise", step("Sở Nội vụ"), 200);
        Map<String, Object> decision = step("UBND tỉnh");
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "10/QĐ-SNV");
        decision.put("decisionDate", today.toString());
        post(http, "/" + id + "/decision", decision, 200);
        post(http, "/" + id + "/start", step("UBND xã Thiếu"), 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(gap(http, f.receiving)).containsEntry("actual", 31).containsEntry("incomingSecondees", 0);
            assertThat(gap(http, f.sending)).containsEntry("actual", 33).containsEntry("outgoingSecondees", 0)
                    .containsEntry("totalStaff", 33);
        });
        ResponseEntity<Map<String, Object>> end = http.exchange("POST", "/api/v1/secondment/requests/" + id + "/end",
                step("Sở Nội vụ"));
        assertThat(end.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void aDepartmentsSecondeeCountsAtTheReceivingUnitOnly() {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        SecondmentFixture f = SecondmentFixture.create(units, http, "92", today);
        Map<String, Object> body = f.nomination("SO-TC-9", today, today.plusYears(2));
        body.put("sendingUnitCode", "SO-TC");
        body.put("person", Map.of("fullName", "Lê Thị Thử", "gender", "FEMALE", "category", "CIVIL_SERVANT",
                "positionCode", "KT_DIACHINH", "specialtyCode", "LAND"));
        Map<String, Object> nominated = post(http, "", body, 201);
        assertThat(nominated).containsEntry("sendingIsUnit", false).doesNotContainKey("fullName");
        String id = (String) nominated.get("id");
        post(http, "/" + id + "/compile", step("Sở Nội vụ"), 200);
        post(http, "/" + id + "/appraise", step("Sở Nội vụ"), 200);
        Map<String, Object> decision = step("UBND tỉnh");
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "11/QĐ-UBND");
        decision.put("decisionDate", today.toString());
        post(http, "/" + id + "/decision", decision, 200);
        post(http, "/" + id + "/start", step("UBND xã Thiếu"), 200);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(gap(http, f.receiving))
                .containsEntry("actual", 31).containsEntry("incomingSecondees", 1)
                .containsEntry("missingSpecialties", List.of()));
        assertThat(gap(http, f.sending)).containsEntry("actual", 34).containsEntry("outgoingSecondees", 0);
    }

    private static Map<String, Object> gap(Http http, String unit) {
        return http.get("/api/v1/gaps/units/" + unit);
    }

    private static Map<String, Object> step(String actor) {
        Map<String, Object> body = new HashMap<>();
        body.put("actor", actor);
        return body;
    }

    private static Map<String, Object> post(Http http, String path, Map<String, Object> body, int status) {
        ResponseEntity<Map<String, Object>> response = http.exchange("POST", "/api/v1/secondment/requests" + path,
                body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        return response.getBody();
    }
}
