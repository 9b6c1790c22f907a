package vn.twotier.merger.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.kafka.core.KafkaTemplate;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;
import vn.twotier.events.Topics;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.events.staffing.ScenarioStaffingProjected;
import vn.twotier.merger.support.MergerApi;
import vn.twotier.merger.support.SharedData;
import vn.twotier.merger.support.TopicProbe;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** Scenarios over Hà Tĩnh's pre-reform register: life cycle, versions, validation, files, staff projections. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=merger-service", "test.context=scenario-lifecycle"})
@Import(TestInfrastructureConfiguration.class)
// one context per class: close it afterwards so its outbox relay stops polling while other classes run
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScenarioLifecycleTest {

    private static final String EFFECTIVE = "2025-07-01";

    @LocalServerPort
    int port;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    MergerApi api;
    /** Hà Tĩnh's old communes (xã) and wards, code → name; each test takes its own so tests stay independent. */
    List<Map.Entry<String, String>> communes;
    List<Map.Entry<String, String>> wards;
    List<Map.Entry<String, String>> quangTri;
    int nextCommune;

    @BeforeAll
    void loadPreReformRegister() {
        api = new MergerApi(port);
        byte[] file = SharedData.mergersWhere(row -> row.get("province_code").equals("42")
                || row.get("province_code").equals("44"));
        assertThat(api.upload("/api/v1/register/imports?scope=pre-reform", "pre.csv", file, "pre-" + UUID.randomUUID())
                .getStatusCode().value()).isEqualTo(201);
        communes = oldUnits("42", "Xã");
        wards = oldUnits("42", "Phường");
        quangTri = oldUnits("44", "Xã");
    }

    @Test
    void aScenarioGoesFromDraftToEffectiveWithAnAuditTrailAndAnEventPerStep() {
        var a = commune();
        var b = commune();
        ResponseEntity<Map> created = api.json(HttpMethod.POST, "/api/v1/scenarios",
                scenario("Sáp nhập thử", unit(a.getKey(), "Xã Hợp Nhất Thử", "COMMUNE", full(a), full(b))), null);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        assertThat(created.getHeaders().getETag()).isEqualTo("\"0\"");
        String id = (String) created.getBody().get("id");
        assertThat(created.getBody()).containsEntry("status", "DRAFT").containsEntry("revision", 1);
        assertThat(created.getBody().get("allowedActions")).isEqualTo(List.of("revise", "submit", "withdraw"));

        ResponseEntity<Map> submitted = action(id, "submit", "Trình thẩm định", "\"0\"");
        assertThat(submitted.getStatusCode().value()).as("%s", submitted.getBody()).isEqualTo(200);
        assertThat(submitted.getHeaders().getETag()).isEqualTo("\"1\"");
        ResponseEntity<Map> approved = api.json(HttpMethod.POST, "/api/v1/scenarios/{id}/approve",
                Map.of("reason", "Đồng ý", "version", 1), null, id);
        assertThat(approved.getBody()).containsEntry("status", "APPROVED");
        ResponseEntity<Map> effective = action(id, "take-effect", null, null);
        assertThat(effective.getBody()).containsEntry("status", "EFFECTIVE");
        assertThat(effective.getBody().get("allowedActions")).isEqualTo(List.of());

        // the register now has the new unit from the effective date, made of both, and both end the day before
        Map<String, Object> merged = api.get("/api/v1/units/{code}?asOf=" + EFFECTIVE, a.getKey());
        assertThat(merged).containsEntry("name", "Xã Hợp Nhất Thử").containsEntry("validFrom", EFFECTIVE);
        assertThat((List<Map<String, Object>>) merged.get("predecessors")).extracting(link -> link.get("unitCode"))
                .containsExactlyInAnyOrder(a.getKey(), b.getKey());
        Map<String, Object> retired = api.get("/api/v1/units/{code}?asOf=2025-06-30", b.getKey());
        assertThat(retired).containsEntry("validTo", "2025-06-30");
        assertThat(api.getEntity("/api/v1/units/{code}?asOf=" + EFFECTIVE, b.getKey()).getStatusCode().value())
                .isEqualTo(404);

        List<Map<String, Object>> audit = api.list("/api/v1/scenarios/{id}/audit", id);
        assertThat(audit).extracting(e -> e.get("action"), e -> e.get("to"), e -> e.get("actor"), e -> e.get("reason"))
                .containsExactly(tuple("draft", "DRAFT", "tester", null),
                        tuple("submit", "SUBMITTED", "tester", "Trình thẩm định"),
                        tuple("approve", "APPROVED", "tester", "Đồng ý"),
                        tuple("take-effect", "EFFECTIVE", "tester", null));
        assertThat(audit).allSatisfy(entry -> assertThat(entry.get("at")).isNotNull());

        List<String> types = await().atMost(Duration.ofSeconds(60)).until(
                () -> new TopicProbe(kafkaProperties).read(Topics.MERGER_SCENARIOS,
                        event -> id.equals(event.getSubject())).stream()
                        .peek(consumed -> assertThat(consumed.key()).isEqualTo(id))
                        .map(TopicProbe.Consumed::typeHeader).toList(),
                list -> list.size() >= 4);
        assertThat(types).containsExactly("vn.twotier.merger.scenario.drafted.v1",
                "vn.twotier.merger.scenario.submitted.v1", "vn.twotier.merger.scenario.approved.v1",
                "vn.twotier.merger.scenario.took-effect.v1");
    }

    @Test
    void anApprovedScenarioCannotTakeEffectBeforeItsEffectiveDate() {
        var a = commune();
        var b = commune();
        String future = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
        ResponseEntity<Map> created = api.json(HttpMethod.POST, "/api/v1/scenarios", Map.of("provinceCode", "42",
                "name", "Sáp nhập tương lai", "effectiveDate", future,
                "units", List.of(unit(a.getKey(), "Xã Tương Lai", "COMMUNE", full(a), full(b)))), null);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        String id = (String) created.getBody().get("id");
        assertThat(action(id, "submit", "Trình", null).getStatusCode().value()).isEqualTo(200);
        assertThat(action(id, "approve", "Đồng ý", null).getStatusCode().value()).isEqualTo(200);

        ResponseEntity<Map> early = action(id, "take-effect", null, null);
        assertThat(early.getStatusCode().value()).isEqualTo(409);
        assertThat(early.getBody()).containsEntry("type", "https://twotier.vn/problems/not-yet-effective")
                .containsEntry("effectiveDate", future);
        assertThat(api.get("/api/v1/scenarios/{id}", id)).containsEntry("status", "APPROVED");
        assertThat(api.getEntity("/api/v1/units/{code}?asOf=" + future, a.getKey()).getBody())
                .as("the register is unchanged").doesNotContainEntry("name", "Xã Tương Lai");
    }

    @Test
    void invalidTransitionsAreConflictsAndRejectingOrWithdrawingNeedsAReason() {
        var a = commune();
        String id = create(unit(a.getKey(), "Xã Thử Chuyển", "COMMUNE", full(a), full(commune())));

        ResponseEntity<Map> approveDraft = action(id, "approve", "vội", null);
        assertThat(approveDraft.getStatusCode().value()).isEqualTo(409);
        assertThat(approveDraft.getBody()).containsEntry("type", "https://twotier.vn/problems/invalid-transition")
                .containsEntry("status", "DRAFT");
        assertThat(approveDraft.getBody().get("allowedActions")).isEqualTo(List.of("revise", "submit", "withdraw"));
        assertThat(action(id, "take-effect", null, null).getStatusCode().value()).isEqualTo(409);

        assertThat(action(id, "submit", null, null).getStatusCode().value()).isEqualTo(200);
        assertThat(action(id, "submit", null, null).getStatusCode().value()).isEqualTo(409);
        ResponseEntity<Map> noReason = action(id, "reject", null, null);
        assertThat(noReason.getStatusCode().value()).isEqualTo(422);
        assertThat(noReason.getBody()).containsEntry("type", "https://twotier.vn/problems/reason-required");
        assertThat(action(id, "reject", "Chưa đủ hồ sơ", null).getBody()).containsEntry("status", "REJECTED");
        for (String action : List.of("submit", "approve", "withdraw", "take-effect")) {
            assertThat(action(id, action, "lý do", null).getStatusCode().value()).as(action).isEqualTo(409);
        }

        String other = create(unit(commune().getKey(), "Xã Thử Rút", "COMMUNE", full(commune())));
        assertThat(action(other, "withdraw", null, null).getStatusCode().value()).isEqualTo(422);
        assertThat(action(other, "withdraw", "Không còn phù hợp", null).getBody()).containsEntry("status", "WITHDRAWN");
        assertThat(api.list("/api/v1/scenarios?status=WITHDRAWN")).extracting(s -> s.get("id")).contains(other);
    }

    @Test
    void aStaleVersionIsAConflict() {
        var a = commune();
        var b = commune();
        String id = create(unit(a.getKey(), "Xã Thử Phiên Bản", "COMMUNE", full(a), full(b)));
        Map<String, Object> revised = scenario("Sáp nhập thử, bản 2", unit(a.getKey(), "Xã Thử Phiên Bản Hai",
                "COMMUNE", full(a), full(b)));

        ResponseEntity<Map> first = api.json(HttpMethod.PUT, "/api/v1/scenarios/{id}", revised, "\"0\"", id);
        assertThat(first.getStatusCode().value()).as("%s", first.getBody()).isEqualTo(200);
        assertThat(first.getBody()).containsEntry("revision", 2).containsEntry("name", "Sáp nhập thử, bản 2");
        assertThat(first.getHeaders().getETag()).isEqualTo("\"1\"");

        ResponseEntity<Map> stale = api.json(HttpMethod.PUT, "/api/v1/scenarios/{id}", revised, "\"0\"", id);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("type", "https://twotier.vn/problems/stale-version")
                .containsEntry("currentVersion", 1);
        Map<String, Object> staleInBody = new LinkedHashMap<>(revised);
        staleInBody.put("version", 0);
        assertThat(api.json(HttpMethod.PUT, "/api/v1/scenarios/{id}", staleInBody, null, id).getStatusCode().value())
                .isEqualTo(409);
        assertThat(action(id, "submit", null, "\"0\"").getStatusCode().value()).isEqualTo(409);
        assertThat(api.get("/api/v1/scenarios/{id}", id)).containsEntry("status", "DRAFT");
    }

    @Test
    void submittingAnInvalidScenarioListsEveryProblem() {
        var c1 = commune();
        var c2 = commune();
        var shared = commune();
        var ward = wards.get(0);
        var bystander = commune(); // stays as it is: its name and code are taken on the effective date
        String id = create(
                unit(c1.getKey(), "Phường Thử Từ Xã", "WARD", full(c1), full(c2)),
                unit(shared.getKey(), "Xã Thử Một", "COMMUNE", full(shared)),
                unit("99990", "Xã Thử Hai", "COMMUNE", full(shared)),
                unit("99991", "Xã Thử Ba", "COMMUNE", part("99999", "FULL", null)),
                unit("99992", "Xã Thử Bốn", "COMMUNE", full(quangTri.get(0))),
                unit("99993", bystander.getValue(), "COMMUNE", full(commune())),
                unit(bystander.getKey(), "Xã Thử Sáu", "COMMUNE", full(commune())),
                unit(ward.getKey(), ward.getValue(), "WARD", full(ward)));

        ResponseEntity<Map> submit = action(id, "submit", null, null);

        assertThat(submit.getStatusCode().value()).isEqualTo(422);
        assertThat(submit.getBody()).containsEntry("type", "https://twotier.vn/problems/scenario-invalid");
        List<Map<String, Object>> errors = (List<Map<String, Object>>) submit.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("field"), error -> error.get("code")).contains(
                tuple("units[0].type", "ward-from-rural-units"),
                tuple("units[2].parts[0].unitCode", "unit-used-twice"),
                tuple("units[3].parts[0].unitCode", "unknown-unit"),
                tuple("units[4].parts[0].unitCode", "other-province"),
                tuple("units[5].name", "name-taken"),
                tuple("units[6].code", "code-taken"));
        assertThat((List<Map<String, Object>>) submit.getBody().get("warnings"))
                .extracting(warning -> warning.get("field"), warning -> warning.get("code"))
                .contains(tuple("units[7]", "no-change"));
        Map<String, Object> validation = api.get("/api/v1/scenarios/{id}/validation", id);
        assertThat(validation).containsEntry("valid", false);
        assertThat((List<?>) validation.get("errors")).hasSameSizeAs(errors);
        assertThat(api.get("/api/v1/scenarios/{id}", id)).containsEntry("status", "DRAFT");

        // a stated legal basis lifts the ward rule
        var w1 = commune();
        var w2 = commune();
        Map<String, Object> basis = new LinkedHashMap<>(unit(w1.getKey(), "Phường Thử Có Căn Cứ", "WARD", full(w1),
                full(w2)));
        basis.put("basis", "Nghị quyết 1665/NQ-UBTVQH15");
        String lawful = create(basis);
        assertThat(api.get("/api/v1/scenarios/{id}/validation", lawful)).containsEntry("valid", true);
    }

    @Test
    void aScenarioExportedToCsvOrXlsxImportsBackAsTheSameProposal() {
        var split = commune();
        var a = commune();
        var b = commune();
        String id = create(
                unit(a.getKey(), "Xã Thử Xuất Một", "COMMUNE", full(a), part(split.getKey(), "PARTIAL", 0.4)),
                unit(b.getKey(), "Xã Thử Xuất Hai", "COMMUNE", full(b), part(split.getKey(), "PARTIAL", 0.6)));
        assertThat(api.get("/api/v1/scenarios/{id}/validation", id)).containsEntry("valid", true);
        List<?> units = (List<?>) api.get("/api/v1/scenarios/{id}", id).get("units");

        for (String format : List.of("csv", "xlsx")) {
            ResponseEntity<byte[]> exported = api.bytes("/api/v1/scenarios/{id}/export?format=" + format, id);
            assertThat(exported.getHeaders().getContentDisposition().getFilename()).endsWith("." + format);
            ResponseEntity<Map> imported = api.upload("/api/v1/scenarios/imports?name=Nhập lại", "back." + format,
                    exported.getBody(), "reimport-" + UUID.randomUUID());
            assertThat(imported.getStatusCode().value()).as("%s", imported.getBody()).isEqualTo(201);
            List<Map<String, Object>> created = (List<Map<String, Object>>) imported.getBody().get("scenarios");
            assertThat(created).singleElement().satisfies(s -> assertThat(s).containsEntry("provinceCode", "42")
                    .containsEntry("name", "Nhập lại").containsEntry("status", "DRAFT"));
            assertThat(api.get("/api/v1/scenarios/{id}", created.get(0).get("id")).get("units")).as(format)
                    .isEqualTo(units);
        }
    }

    @Test
    void staffProjectionsFromStaffingServiceShowOnTheScenarioAndInComparisons() throws Exception {
        var a = commune();
        var b = commune();
        String id = create(unit(a.getKey(), "Xã Thử Biên Chế", "COMMUNE", full(a), full(b)));
        String other = create(unit(commune().getKey(), "Xã Thử So Sánh", "COMMUNE", full(commune()),
                full(commune()), full(commune())));
        assertThat(api.get("/api/v1/scenarios/{id}", id).get("staffing")).isNull();

        publish(new ScenarioStaffingProjected(id, "42", 1,
                List.of(new ProjectedUnitStaffing(a.getKey(), "Xã Thử Biên Chế", 45, 32, 13)), 45, 32, 13));
        Map<String, Object> withStaff = await().atMost(Duration.ofSeconds(30)).until(
                () -> api.get("/api/v1/scenarios/{id}", id), view -> view.get("staffing") != null);
        assertThat((Map<String, Object>) withStaff.get("staffing")).containsEntry("revision", 1)
                .containsEntry("current", true).containsEntry("totalSurplus", 13);
        Map<String, Object> unit = ((List<Map<String, Object>>) withStaff.get("units")).get(0);
        assertThat((Map<String, Object>) unit.get("staff")).containsEntry("staff", 45).containsEntry("frame", 32)
                .containsEntry("surplus", 13);

        // a late projection of an older revision changes nothing
        publish(new ScenarioStaffingProjected(id, "42", 0, List.of(), 1, 1, 0));
        publish(new ScenarioStaffingProjected(other, "42", 1, List.of(), 70, 64, 6));
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/api/v1/scenarios/{id}", other)
                .get("staffing") != null);
        assertThat((Map<String, Object>) api.get("/api/v1/scenarios/{id}", id).get("staffing"))
                .containsEntry("revision", 1).containsEntry("totalStaff", 45);

        Map<String, Object> comparison = api.get("/api/v1/scenarios/compare?ids={a}&ids={b}", id, other);
        List<Map<String, Object>> columns = (List<Map<String, Object>>) comparison.get("scenarios");
        assertThat(columns).extracting(c -> c.get("id")).containsExactly(id, other);
        assertThat(columns).extracting(c -> ((Map<String, Object>) c.get("totals")).get("maxPredecessors"),
                c -> ((Map<String, Object>) c.get("totals")).get("surplus")).containsExactly(tuple(2, 13), tuple(3, 6));

        // after a revision the old projection is shown as outdated, not attached to units
        ResponseEntity<Map> revised = api.json(HttpMethod.PUT, "/api/v1/scenarios/{id}",
                scenario("Sáp nhập thử", unit(a.getKey(), "Xã Thử Biên Chế Mới", "COMMUNE", full(a), full(b))),
                "\"0\"", id);
        assertThat((Map<String, Object>) revised.getBody().get("staffing")).containsEntry("current", false);
        assertThat(((List<Map<String, Object>>) revised.getBody().get("units")).get(0).get("staff")).isNull();
    }

    private void publish(ScenarioStaffingProjected event) throws Exception {
        EventMetadata metadata = new EventMetadata(UUID.randomUUID().toString(), "/twotier/staffing-service",
                "vn.twotier.staffing.scenario-projection.computed.v1", OffsetDateTime.now(), event.scenarioId(),
                "test-" + UUID.randomUUID(), null);
        kafka.send(CloudEventCodec.toRecord(Topics.STAFFING_PROJECTIONS, event.scenarioId(),
                CloudEventCodec.toCloudEvent(metadata, EventJson.write(event)))).get();
    }

    private String create(Map<String, Object>... units) {
        ResponseEntity<Map> created = api.json(HttpMethod.POST, "/api/v1/scenarios", scenario("Phương án thử", units),
                null);
        assertThat(created.getStatusCode().value()).as("%s", created.getBody()).isEqualTo(201);
        return (String) created.getBody().get("id");
    }

    private ResponseEntity<Map> action(String id, String action, String reason, String ifMatch) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (reason != null) {
            body.put("reason", reason);
        }
        return api.json(HttpMethod.POST, "/api/v1/scenarios/{id}/{action}", body, ifMatch, id, action);
    }

    @SafeVarargs
    private static Map<String, Object> scenario(String name, Map<String, Object>... units) {
        return Map.of("provinceCode", "42", "name", name, "effectiveDate", EFFECTIVE, "units", List.of(units));
    }

    @SafeVarargs
    private static Map<String, Object> unit(String code, String name, String type, Map<String, Object>... parts) {
        return Map.of("code", code, "name", name, "type", type, "parts", List.of(parts));
    }

    private static Map<String, Object> full(Map.Entry<String, String> unit) {
        return part(unit.getKey(), "FULL", null);
    }

    private static Map<String, Object> part(String code, String share, Double fraction) {
        Map<String, Object> part = new LinkedHashMap<>();
        part.put("unitCode", code);
        part.put("share", share);
        if (fraction != null) {
            part.put("fraction", fraction);
        }
        return part;
    }

    private synchronized Map.Entry<String, String> commune() {
        return communes.get(nextCommune++);
    }

    private static List<Map.Entry<String, String>> oldUnits(String province, String type) {
        Map<String, String> units = new LinkedHashMap<>();
        SharedData.mergerRows().stream().filter(row -> row.get("province_code").equals(province)
                && row.get("old_unit_type").equals(type))
                .forEach(row -> units.putIfAbsent(row.get("old_unit_code"), row.get("old_unit_name")));
        return new ArrayList<>(units.entrySet());
    }
}
