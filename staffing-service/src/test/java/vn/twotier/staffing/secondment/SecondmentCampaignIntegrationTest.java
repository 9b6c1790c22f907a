package vn.twotier.staffing.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.testing.MovableClock;

/**
 * A campaign like Nghệ An's Conclusion 07-KL/TU: quotas (≥ 5 % of a department's civil servants, the surplus of a
 * commune above its frame), receivers from the gap matrix, suggestions from the redistribution proposal, bulk
 * nominations from XLSX with a row report, progress per sender and receiver, exports, deadlines and closing.
 */
@SecondmentTest
@SuppressWarnings("unchecked")
class SecondmentCampaignIntegrationTest {

    @Autowired
    UnitReadModel units;

    @Autowired
    MovableClock clock;

    @LocalServerPort
    int port;

    @Test
    void aCampaignFromOpeningToClosing() throws IOException {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        SecondmentFixture f = SecondmentFixture.create(units, http, "90", today);

        Map<String, Object> campaign = created(http, "/api/v1/secondment/campaigns", open(f, today.plusDays(20)));
        String id = (String) campaign.get("id");
        assertThat(campaign).containsEntry("status", "OPEN")
                .containsEntry("legalBasis", "Kết luận 07-KL/TU ngày 10/11/2025");
        List<Map<String, Object>> senders = (List<Map<String, Object>>) campaign.get("senders");
        assertThat(senders).extracting(s -> s.get("code") + ":" + s.get("quota"))
                .containsExactlyInAnyOrder("SO-TC:3", "90001:2"); // 5 % of 41 rounded up; the surplus above 32
        assertThat((List<Map<String, Object>>) campaign.get("receivers")).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("code", "90002").containsEntry("shortage", 2)
                        .containsEntry("missingSpecialties", List.of("LAND")));
        assertThat((List<String>) campaign.get("prioritySpecialties")).contains("LAND", "FINANCE", "IT");

        // suggestions from the redistribution proposal, then nominated in one go
        List<Map<String, Object>> suggestions = http.list("/api/v1/secondment/campaigns/" + id + "/suggestions");
        assertThat(suggestions).hasSize(2).allSatisfy(s -> assertThat(s).containsEntry("sendingUnitCode", "90001")
                .containsEntry("receivingUnitCode", "90002").containsEntry("specialty", "LAND"));
        Map<String, Object> fromSuggestions = ok(http.exchange("POST", "/api/v1/secondment/campaigns/" + id
                + "/suggestions/nominate", Map.of("startDate", today.plusDays(30).toString(), "endDate",
                today.plusDays(30).plusYears(1).toString(), "actor", "UBND xã Thừa")));
        assertThat(fromSuggestions).containsEntry("nominated", 2).containsEntry("refused", 0);

        // bulk nominations from XLSX: one good row, three refused with their reasons
        byte[] xlsx = nominationList(today);
        Map<String, Object> report = upload(http, id, xlsx);
        assertThat(report).containsEntry("rows", 4).containsEntry("nominated", 1).containsEntry("refused", 3);
        Map<Integer, List<String>> rules = ((List<Map<String, Object>>) report.get("report")).stream()
                .collect(Collectors.toMap(r -> (Integer) r.get("line"), r -> (List<String>) r.get("rules")));
        assertThat(rules.get(3)).contains("MAX_PERIOD_3_YEARS");
        assertThat(rules.get(4)).contains("REQUIRED");
        assertThat(rules.get(5)).contains("NOT_A_CAMPAIGN_RECEIVER");

        // one request through appraisal and decision
        List<Map<String, Object>> requests = http.list("/api/v1/secondment/requests?campaignId=" + id);
        assertThat(requests).hasSize(3);
        String first = (String) requests.get(0).get("id");
        step(http, first, "compile", Map.of("actor", "Sở Nội vụ"));
        step(http, first, "appraise", Map.of("actor", "Sở Nội vụ"));
        step(http, first, "decision", Map.of("actor", "UBND tỉnh", "outcome", "APPROVE", "decisionNumber",
                "55/QĐ-UBND", "decisionDate", today.toString()));

        Map<String, Object> progress = http.get("/api/v1/secondment/campaigns/" + id + "/progress");
        assertThat((Map<String, Object>) progress.get("total")).containsEntry("nominated", 3)
                .containsEntry("appraised", 1).containsEntry("decided", 1).containsEntry("started", 0);
        Map<String, Map<String, Object>> bySender = ((List<Map<String, Object>>) progress.get("senders")).stream()
                .collect(Collectors.toMap(s -> (String) s.get("code"), s -> s));
        assertThat(bySender.get("90001")).containsEntry("quotaMet", true);
        assertThat((Map<String, Object>) bySender.get("90001").get("counts")).containsEntry("nominated", 2);
        assertThat(bySender.get("SO-TC")).containsEntry("quotaMet", false);
        assertThat((Map<String, Object>) ((List<Map<String, Object>>) progress.get("receivers")).get(0)
                .get("counts")).containsEntry("nominated", 3).containsEntry("decided", 1);

        // exports: the campaign list (no names) and the annex of the decision
        List<String> list = cells(http.client().get().uri("/api/v1/secondment/campaigns/" + id + "/export")
                .retrieve().body(byte[].class));
        assertThat(list).contains(first).noneMatch(cell -> cell.contains("Trần Văn Thử"));
        List<String> annex = cells(http.client().get().uri("/api/v1/secondment/campaigns/" + id
                + "/decision-annex?decisionNumber=55/QĐ-UBND").retrieve().body(byte[].class));
        assertThat(annex).anyMatch(cell -> cell.contains("55/QĐ-UBND")).contains("Biệt phái");

        // closing stops nominations
        ok(http.exchange("POST", "/api/v1/secondment/campaigns/" + id + "/close", Map.of("actor", "Sở Nội vụ")));
        Map<String, Object> late = f.nomination("90001-1", today, today.plusYears(1));
        late.put("campaignId", id);
        ResponseEntity<Map<String, Object>> refused = http.exchange("POST", "/api/v1/secondment/requests", late);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(String.valueOf(refused.getBody().get("errors"))).contains("CAMPAIGN_CLOSED");
    }

    @Test
    void nominationsAfterTheDeadlineAreRefused() {
        Http http = new Http(port);
        LocalDate today = LocalDate.now(clock);
        SecondmentFixture f = SecondmentFixture.create(units, http, "91", today);
        String id = (String) created(http, "/api/v1/secondment/campaigns", open(f, today.plusDays(3))).get("id");
        clock.advanceDays(4);
        Map<String, Object> body = f.nomination("91001-33", LocalDate.now(clock), LocalDate.now(clock).plusYears(1));
        body.put("campaignId", id);
        ResponseEntity<Map<String, Object>> refused = http.exchange("POST", "/api/v1/secondment/requests", body);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(String.valueOf(refused.getBody().get("errors"))).contains("NOMINATIONS_DUE_PASSED");
    }

    private static Map<String, Object> open(SecondmentFixture f, LocalDate due) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", f.province);
        body.put("title", "Đợt 2: tăng cường cán bộ cho xã thiếu");
        body.put("legalBasis", "Kết luận 07-KL/TU ngày 10/11/2025");
        body.put("nominationsDue", due.toString());
        body.put("decisionsDue", due.plusDays(30).toString());
        body.put("agencies", List.of(Map.of("code", "SO-TC", "name", "Sở Tài chính", "civilServants", 41)));
        body.put("includeSurplusUnits", true);
        body.put("actor", "Sở Nội vụ tỉnh");
        return body;
    }

    private static byte[] nominationList(LocalDate today) throws IOException {
        String start = today.plusDays(30).toString();
        String[][] rows = {
            {"person_id", "sending_unit_code", "receiving_unit_code", "type", "start_date", "end_date", "category",
                "gender", "position", "specialty", "reason"},
            {"SO-TC-1", "SO-TC", "90002", "biệt phái", start, today.plusDays(30).plusYears(2).toString(),
                "CIVIL_SERVANT", "Nữ", "KT_DIACHINH", "LAND", "Kết luận 07-KL/TU"},
            {"SO-TC-2", "SO-TC", "90002", "biệt phái", start, today.plusDays(30).plusYears(4).toString(),
                "CIVIL_SERVANT", "Nam", "KT_DIACHINH", "LAND", ""},
            {"SO-TC-3", "SO-TC", "", "biệt phái", start, today.plusDays(60).toString(), "CIVIL_SERVANT", "Nam",
                "KT_DIACHINH", "LAND", ""},
            {"SO-TC-4", "SO-TC", "90003", "biệt phái", start, today.plusDays(60).toString(), "CIVIL_SERVANT",
                "Nam", "KT_DIACHINH", "LAND", ""}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "test", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Danh sách");
            for (int r = 0; r < rows.length; r++) {
                for (int c = 0; c < rows[r].length; c++) {
                    sheet.value(r, c, rows[r][c]);
                }
            }
        }
        return out.toByteArray();
    }

    private static Map<String, Object> upload(Http http, String campaignId, byte[] xlsx) {
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(xlsx) {
            @Override
            public String getFilename() {
                return "nominations.xlsx";
            }
        });
        return ok(http.client().post().uri("/api/v1/secondment/campaigns/{id}/nominations/import?actor={a}",
                campaignId, "Sở Tài chính").contentType(MediaType.MULTIPART_FORM_DATA).body(parts).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> { }).toEntity(Http.MAP));
    }

    private static List<String> cells(byte[] xlsx) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx));
                Stream<Row> rows = workbook.getFirstSheet().openStream()) {
            return rows.flatMap(row -> row.stream().filter(cell -> cell != null).map(cell -> cell.getText()))
                    .toList();
        }
    }

    private static void step(Http http, String id, String action, Map<String, Object> body) {
        ok(http.exchange("POST", "/api/v1/secondment/requests/" + id + "/" + action, body));
    }

    private static Map<String, Object> created(Http http, String uri, Map<String, Object> body) {
        ResponseEntity<Map<String, Object>> response = http.exchange("POST", uri, body);
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(201);
        return response.getBody();
    }

    private static Map<String, Object> ok(ResponseEntity<Map<String, Object>> response) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(200);
        return response.getBody();
    }
}
