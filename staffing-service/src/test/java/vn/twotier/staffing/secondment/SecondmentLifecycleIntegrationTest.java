package vn.twotier.staffing.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.testing.MovableClock;

/** The request life cycle over HTTP: each step, its audit trail, invalid transitions, stale versions, the rules. */
@SecondmentTest
@SuppressWarnings("unchecked")
class SecondmentLifecycleIntegrationTest {

    @Autowired
    UnitReadModel units;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void nominatedCompiledAppraisedApprovedStartedExtendedAndReturned_eachStepAudited() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "81", today());
        Map<String, Object> request = created(f.nomination("81001-33", today(), today().plusYears(1)));
        String id = (String) request.get("id");
        assertThat(request).containsEntry("status", "NOMINATED").containsEntry("type", "SECONDMENT")
                .containsEntry("specialtyCode", "LAND").containsEntry("sendingIsUnit", true);

        request = ok(step(id, "compile", body("Sở Nội vụ", "Tổng hợp danh sách đợt 1", request)));
        assertThat(request).containsEntry("status", "COMPILED");
        request = ok(step(id, "appraise", body("Sở Nội vụ", "Đủ tiêu chuẩn, xã thiếu địa chính", request)));
        assertThat(request).containsEntry("status", "APPRAISED");
        Map<String, Object> decision = body("UBND tỉnh", "Kết luận 07-KL/TU", request);
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "1234/QĐ-UBND");
        decision.put("decisionDate", today().toString());
        request = ok(step(id, "decision", decision));
        assertThat(request).containsEntry("status", "APPROVED").containsEntry("decisionNumber", "1234/QĐ-UBND");
        request = ok(step(id, "start", body("UBND xã Thiếu", "Nhận nhiệm vụ", request)));
        assertThat(request).containsEntry("status", "STARTED");
        Map<String, Object> extension = body("UBND tỉnh", "Gia hạn", request);
        extension.put("newEndDate", today().plusYears(2).toString());
        extension.put("decisionNumber", "2000/QĐ-UBND");
        extension.put("decisionDate", today().toString());
        request = ok(step(id, "extend", extension));
        assertThat(request).containsEntry("status", "STARTED").containsEntry("endDate", today().plusYears(2)
                .toString());
        Map<String, Object> end = body("Sở Tài nguyên", "Cơ quan cử rút về", request);
        end.put("returned", true);
        request = ok(step(id, "end", end));
        assertThat(request).containsEntry("status", "ENDED").containsEntry("endReason", "RETURNED");

        List<Map<String, Object>> history = (List<Map<String, Object>>) request.get("history");
        assertThat(history).extracting(h -> h.get("action")).containsExactly("nominate", "compile", "appraise",
                "approve", "start", "extend", "return");
        assertThat(history).allSatisfy(h -> assertThat(h).containsKeys("actor", "at", "reason", "to"));
        assertThat(history.get(2)).containsEntry("actor", "Sở Nội vụ").containsEntry("from", "COMPILED")
                .containsEntry("to", "APPRAISED");
    }

    @Test
    void anInvalidTransitionIs409AndNamesTheStatus() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "82", today());
        Map<String, Object> request = created(f.nomination("82001-33", today(), today().plusYears(1)));
        Map<String, Object> decision = body("UBND tỉnh", null, null);
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "1/QĐ");
        decision.put("decisionDate", today().toString());
        ResponseEntity<Map<String, Object>> refused = step((String) request.get("id"), "decision", decision);
        assertThat(refused.getStatusCode().value()).isEqualTo(409);
        assertThat(refused.getBody()).containsEntry("status", 409).containsEntry("requestStatus", "NOMINATED").containsEntry("action", "approve");
        assertThat((String) refused.getBody().get("type")).endsWith("/invalid-transition");
        assertThat((String) refused.getBody().get("detail")).contains("NOMINATED");
    }

    @Test
    void aStaleVersionIs409() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "83", today());
        Map<String, Object> request = created(f.nomination("83001-33", today(), today().plusYears(1)));
        String id = (String) request.get("id");
        ok(step(id, "compile", body("Sở Nội vụ", null, request)));
        ResponseEntity<Map<String, Object>> stale = step(id, "withdraw", body("Xã Thừa", "đổi ý", request));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat((String) stale.getBody().get("type")).endsWith("/stale-version");

        // the same with If-Match: the ETag of the last read works, an older one is refused
        ResponseEntity<Map<String, Object>> read = http().client().get().uri("/api/v1/secondment/requests/" + id)
                .retrieve().toEntity(Http.MAP);
        String etag = read.getHeaders().getETag();
        assertThat(etag).isEqualTo("\"1\"");
        ResponseEntity<Map<String, Object>> oldTag = http().client().post()
                .uri("/api/v1/secondment/requests/" + id + "/appraise").header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("actor", "Sở Nội vụ")).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(Http.MAP);
        assertThat(oldTag.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map<String, Object>> current = http().client().post()
                .uri("/api/v1/secondment/requests/" + id + "/appraise").header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("actor", "Sở Nội vụ")).retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> { }).toEntity(Http.MAP);
        assertThat(current.getStatusCode().value()).as(String.valueOf(current.getBody())).isEqualTo(200);
        assertThat(current.getHeaders().getETag()).isEqualTo("\"2\"");
    }

    @Test
    void withdrawnAtAnyStepBeforeTheStartButNotAfter() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "84", today());
        String first = (String) created(f.nomination("84001-33", today(), today().plusYears(1))).get("id");
        ok(step(first, "compile", body("Sở Nội vụ", null, null)));
        Map<String, Object> withdrawn = ok(step(first, "withdraw", body("Xã Thừa", "Cán bộ xin ở lại", null)));
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN");
        assertThat((List<Map<String, Object>>) withdrawn.get("history")).last()
                .satisfies(h -> assertThat(h).containsEntry("reason", "Cán bộ xin ở lại").containsEntry("from",
                        "COMPILED"));

        String second = approvedAndStarted(f, "84001-34");
        ResponseEntity<Map<String, Object>> late = step(second, "withdraw", body("Xã Thừa", null, null));
        assertThat(late.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void rulesRefuseWith422NamingTheRuleAndItsLegalBasis() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "85", today());
        // more than 3 years
        ResponseEntity<Map<String, Object>> tooLong = nominate(f.nomination("85001-33", today(),
                today().plusYears(3).plusDays(1)));
        assertRule(tooLong, "MAX_PERIOD_3_YEARS", "138/2020");

        // a pregnant public employee of a provincial department (no roster here)
        Map<String, Object> employee = f.nomination("SO-TNMT-7", today(), today().plusYears(1));
        employee.put("sendingUnitCode", "SO-TNMT");
        employee.put("person", Map.of("gender", "FEMALE", "category", "PUBLIC_EMPLOYEE", "positionCode",
                "KT_DIACHINH", "specialtyCode", "LAND", "pregnant", true));
        assertRule(nominate(employee), "NO_SECONDMENT_PREGNANT_OR_CHILD_UNDER_36_MONTHS", "Luật Viên chức");

        // the same for a civil servant goes on with a warning
        employee.put("personId", "SO-TNMT-8");
        employee.put("person", Map.of("gender", "FEMALE", "category", "CIVIL_SERVANT", "positionCode",
                "KT_DIACHINH", "specialtyCode", "LAND", "childUnder36Months", true));
        Map<String, Object> warned = created(employee);
        assertThat((List<Map<String, Object>>) warned.get("warnings")).extracting(w -> w.get("rule"))
                .contains("PREGNANT_OR_CHILD_UNDER_36_MONTHS_CIVIL_SERVANT_TO_CONFIRM");

        // one person, one active secondment: an overlapping second nomination
        created(f.nomination("85001-34", today(), today().plusYears(1)));
        assertRule(nominate(f.nomination("85001-34", today().plusMonths(6), today().plusYears(2))),
                "ONE_ACTIVE_SECONDMENT_NO_OVERLAP", "138/2020");

        // the receiving unit is at its frame in the person's specialty: refused at appraisal
        Map<String, Object> toFull = f.nomination("85001-1", today(), today().plusYears(1));
        toFull.put("receivingUnitCode", f.atFrame);
        String id = (String) created(toFull).get("id");
        ok(step(id, "compile", body("Sở Nội vụ", null, null)));
        assertRule(step(id, "appraise", body("Sở Nội vụ", null, null)),
                "RECEIVING_UNIT_SHORT_IN_SPECIALTY_OR_POSITION", "07-KL/TU");
        assertThat(http().get("/api/v1/secondment/requests/" + id)).containsEntry("status", "COMPILED");
    }

    @Test
    void aUnitShortOfTwoLandOfficersTakesTwoAppraisalsNotThree() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "80", today());
        List<String> ids = List.of("80001-19", "80001-20", "80001-33").stream()
                .map(person -> (String) created(f.nomination(person, today(), today().plusYears(1))).get("id"))
                .toList();
        ids.forEach(id -> ok(step(id, "compile", body("Sở Nội vụ", null, null))));
        ok(step(ids.get(0), "appraise", body("Sở Nội vụ", null, null)));
        ok(step(ids.get(1), "appraise", body("Sở Nội vụ", null, null)));
        ResponseEntity<Map<String, Object>> third = step(ids.get(2), "appraise", body("Sở Nội vụ", null, null));
        assertRule(third, "RECEIVING_UNIT_SHORT_IN_SPECIALTY_OR_POSITION", "07-KL/TU");
        assertThat((String) third.getBody().get("detail")).contains("2 đề nghị đang chờ");
    }

    @Test
    void concurrentNominationsOfOnePersonLeaveOneRequest() throws Exception {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "70", today());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (String person : List.of("70001-33", "70001-34", "70001-19")) {
                Map<String, Object> body = f.nomination(person, today(), today().plusYears(1));
                List<Future<Integer>> results = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    results.add(pool.submit(() -> nominate(body).getStatusCode().value()));
                }
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> result : results) {
                    statuses.add(result.get());
                }
                assertThat(statuses).as(person).containsOnlyOnce(201)
                        .allMatch(status -> status == 201 || status == 409 || status == 422);
                assertThat(http().list("/api/v1/secondment/requests?personId=" + person)).hasSize(1);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theSendingUnitFallingBelowItsNormIsAWarning() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "86", today());
        Map<String, Object> fromFull = f.nomination("86003-20", today(), today().plusYears(1));
        fromFull.put("sendingUnitCode", f.atFrame);
        Map<String, Object> request = created(fromFull);
        assertThat((List<Map<String, Object>>) request.get("warnings")).extracting(w -> w.get("rule"))
                .containsExactly("SENDING_UNIT_BELOW_NORM");
    }

    @Test
    void anExtensionBeyondThreeYearsNeedsASectorException() {
        SecondmentFixture f = SecondmentFixture.create(units, http(), "87", today());
        String id = approvedAndStarted(f, "87001-33");
        Map<String, Object> extension = body("UBND tỉnh", null, null);
        extension.put("newEndDate", today().plusYears(4).toString());
        extension.put("decisionNumber", "9/QĐ");
        extension.put("decisionDate", today().toString());
        assertRule(step(id, "extend", extension), "EXTENSION_WITHIN_3_YEARS", "138/2020");
        extension.put("sectorException", "Luật Giáo dục 2019, Điều 67 (ví dụ)");
        Map<String, Object> extended = ok(step(id, "extend", extension));
        assertThat(extended).containsEntry("sectorException", "Luật Giáo dục 2019, Điều 67 (ví dụ)");
    }

    @Test
    void everySecondmentEndpointIsDescribedInOpenApi() {
        Map<String, Object> paths = (Map<String, Object>) http().get("/v3/api-docs").get("paths");
        assertThat(paths).containsKeys("/api/v1/secondment/requests", "/api/v1/secondment/requests/{id}",
                "/api/v1/secondment/requests/{id}/compile", "/api/v1/secondment/requests/{id}/appraise",
                "/api/v1/secondment/requests/{id}/decision", "/api/v1/secondment/requests/{id}/withdraw",
                "/api/v1/secondment/requests/{id}/start", "/api/v1/secondment/requests/{id}/extend",
                "/api/v1/secondment/requests/{id}/end", "/api/v1/secondment/campaigns",
                "/api/v1/secondment/campaigns/{id}", "/api/v1/secondment/campaigns/{id}/close",
                "/api/v1/secondment/campaigns/{id}/progress", "/api/v1/secondment/campaigns/{id}/suggestions",
                "/api/v1/secondment/campaigns/{id}/suggestions/nominate",
                "/api/v1/secondment/campaigns/{id}/nominations/import", "/api/v1/secondment/campaigns/{id}/export",
                "/api/v1/secondment/campaigns/{id}/decision-annex");
    }

    String approvedAndStarted(SecondmentFixture f, String person) {
        String id = (String) created(f.nomination(person, today(), today().plusYears(1))).get("id");
        ok(step(id, "compile", body("Sở Nội vụ", null, null)));
        ok(step(id, "appraise", body("Sở Nội vụ", null, null)));
        Map<String, Object> decision = body("UBND tỉnh", null, null);
        decision.put("outcome", "APPROVE");
        decision.put("decisionNumber", "77/QĐ-UBND");
        decision.put("decisionDate", today().toString());
        ok(step(id, "decision", decision));
        ok(step(id, "start", body("UBND xã", null, null)));
        return id;
    }

    private ResponseEntity<Map<String, Object>> nominate(Map<String, Object> body) {
        return http().exchange("POST", "/api/v1/secondment/requests", body);
    }

    private Map<String, Object> created(Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> response = nominate(body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody();
    }

    private ResponseEntity<Map<String, Object>> step(String id, String action, Map<String, Object> body) {
        return http().exchange("POST", "/api/v1/secondment/requests/" + id + "/" + action, body);
    }

    private static Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }

    /** actor, reason and the version read last (null: no version check). */
    private static Map<String, Object> body(String actor, String reason, Map<String, Object> read) {
        Map<String, Object> body = new HashMap<>();
        body.put("actor", actor);
        body.put("reason", reason);
        if (read != null) {
            body.put("expectedVersion", read.get("version"));
        }
        return body;
    }

    private static void assertRule(ResponseEntity<Map<String, Object>> response, String rule, String basis) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(422);
        assertThat((List<String>) response.getBody().get("rules")).contains(rule);
        assertThat((List<String>) response.getBody().get("legalBasis")).anySatisfy(b -> assertThat(b).contains(basis));
        assertThat((String) response.getBody().get("type")).endsWith("/secondment-rule");
    }
}
