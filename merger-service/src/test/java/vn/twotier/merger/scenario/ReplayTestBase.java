package vn.twotier.merger.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.twotier.merger.support.MergerApi.number;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import vn.twotier.events.Topics;
import vn.twotier.merger.register.RegisterProperties;
import vn.twotier.merger.register.UnitState;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.importing.ImportScope;
import vn.twotier.merger.register.importing.RegisterPlanner;
import vn.twotier.merger.register.mapping.MappingFileReader;
import vn.twotier.merger.register.mapping.MappingParser;
import vn.twotier.merger.support.MergerApi;
import vn.twotier.merger.support.SharedData;
import vn.twotier.merger.support.TopicProbe;

/**
 * The 2025 reform replayed as scenarios: load provinces pre-reform, import their 2025 mapping as scenarios, submit,
 * approve, take effect. The register must then be exactly what a history import of the same rows writes.
 */
abstract class ReplayTestBase {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    KafkaProperties kafkaProperties;

    @Autowired
    MappingFileReader reader;

    @Autowired
    MappingParser parser;

    @Autowired
    RegisterProperties properties;

    void replay(Set<String> provinces) {
        long started = System.nanoTime();
        MergerApi api = new MergerApi(port);
        byte[] file = SharedData.mergersWhere(row -> provinces.contains(row.get("province_code")));
        assertThat(api.upload("/api/v1/register/imports?scope=pre-reform", "pre.csv", file, "pre-" + UUID.randomUUID())
                .getStatusCode().value()).isEqualTo(201);
        assertThat(number(api.get("/api/v1/provinces/42/summary?asOf=2025-07-01"), "total"))
                .as("before the replay the old units are still valid").isGreaterThan(69);

        String correlation = "replay-" + UUID.randomUUID();
        ResponseEntity<Map> imported = api.upload("/api/v1/scenarios/imports", "mergers-2025.csv", file, correlation);
        assertThat(imported.getStatusCode().value()).as("%s", imported.getBody()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> drafts = (List<Map<String, Object>>) imported.getBody().get("scenarios");
        assertThat(drafts).extracting(draft -> draft.get("provinceCode")).containsExactlyInAnyOrderElementsOf(provinces);

        for (Map<String, Object> draft : drafts) {
            String id = (String) draft.get("id");
            Map<String, Object> validation = api.get("/api/v1/scenarios/{id}/validation", id);
            assertThat(validation.get("errors")).as("%s", validation).isEqualTo(List.of());
            transition(api, id, "submit", "Tờ trình của UBND tỉnh");
            transition(api, id, "approve", "Nghị quyết của UBTVQH");
            Map<String, Object> effective = transition(api, id, "take-effect", null);
            assertThat(effective.get("status")).isEqualTo("EFFECTIVE");
        }

        if (provinces.contains("42")) {
            Map<String, Object> haTinh = api.get("/api/v1/provinces/42/summary?asOf=2025-07-01");
            assertThat(number(haTinh, "total")).isEqualTo(69);
            assertThat(number(haTinh, "thiTran")).isZero();
            assertThat(number(haTinh, "districts")).isZero();
        }

        // exactly the register a history import of the same rows writes: every version, every lineage link
        var links = parser.parse(reader.read(file, "mergers-2025.csv"));
        List<UnitState> expected = RegisterPlanner.plan(links, ImportScope.FULL, properties.preReformValidFrom(),
                properties.reformDate()).states();
        Map<String, UnitState> stored = mongo.findAll(UnitVersion.class).stream().map(UnitState::of)
                .collect(Collectors.toMap(UnitState::id, Function.identity()));
        assertThat(stored).hasSameSizeAs(expected);
        expected.forEach(state -> assertThat(stored.get(state.id())).as(state.id()).isEqualTo(state));
        for (String province : provinces) {
            for (String day : List.of("2025-06-30", "2025-07-01")) {
                assertThat(api.get("/api/v1/provinces/{p}/summary?asOf={d}", province, day))
                        .as(province + " " + day).isEqualTo(expectedSummary(province, day, links.stream()
                                .filter(link -> link.provinceCode().equals(province)).toList()));
            }
        }

        // and so a history import of the same rows finds nothing to change
        ResponseEntity<Map> history = api.upload("/api/v1/register/imports", "history.csv", file,
                "history-" + UUID.randomUUID());
        assertThat(number(history.getBody(), "unitsRegistered")).isZero();
        assertThat(number(history.getBody(), "unitsRetired")).isZero();
        assertThat(number(history.getBody(), "unitsUnchanged")).isEqualTo(expected.size());

        // every transition was published on the scenarios topic, keyed by scenario id
        String haTinhScenario = drafts.stream().filter(d -> provinces.contains((String) d.get("provinceCode")))
                .map(d -> (String) d.get("id")).findFirst().orElseThrow();
        List<String> types = await().atMost(Duration.ofSeconds(60)).until(
                () -> new TopicProbe(kafkaProperties).read(Topics.MERGER_SCENARIOS,
                        event -> haTinhScenario.equals(event.getSubject())).stream()
                        .peek(consumed -> assertThat(consumed.key()).isEqualTo(haTinhScenario))
                        .map(TopicProbe.Consumed::typeHeader).toList(),
                list -> list.size() == 4);
        assertThat(types).containsExactly("vn.twotier.merger.scenario.drafted.v1",
                "vn.twotier.merger.scenario.submitted.v1", "vn.twotier.merger.scenario.approved.v1",
                "vn.twotier.merger.scenario.took-effect.v1");
        System.out.printf("Replay of %d province(s): %d ms%n", provinces.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private Map<String, Object> expectedSummary(String province, String day,
            List<vn.twotier.merger.register.mapping.MappingLink> links) {
        // what a history import of the same rows reports (computed by a fresh import in its own province code space)
        LocalDate date = LocalDate.parse(day);
        boolean after = !date.isBefore(properties.reformDate());
        Map<String, Long> byType = (after
                ? links.stream().collect(Collectors.toMap(l -> l.newCode(), l -> l.newType(), (a, b) -> a))
                : links.stream().collect(Collectors.toMap(l -> l.oldCode(), l -> l.oldType(), (a, b) -> a)))
                .values().stream().collect(Collectors.groupingBy(Enum::name, Collectors.counting()));
        long districts = after ? 0 : links.stream().map(l -> l.oldType().name().equals("DISTRICT") ? l.oldName()
                : l.oldDistrict()).filter(java.util.Objects::nonNull).distinct().count();
        int xa = byType.getOrDefault("COMMUNE", 0L).intValue();
        int phuong = byType.getOrDefault("WARD", 0L).intValue();
        int dacKhu = byType.getOrDefault("SPECIAL_ZONE", 0L).intValue();
        int thiTran = byType.getOrDefault("TOWNSHIP", 0L).intValue();
        Map<String, Object> summary = new java.util.LinkedHashMap<>();
        summary.put("provinceCode", province);
        summary.put("provinceName", links.get(0).provinceName());
        summary.put("asOf", day);
        summary.put("total", xa + phuong + dacKhu + thiTran);
        summary.put("xa", xa);
        summary.put("phuong", phuong);
        summary.put("dacKhu", dacKhu);
        summary.put("thiTran", thiTran);
        summary.put("districts", (int) districts);
        return summary;
    }

    private static Map<String, Object> transition(MergerApi api, String id, String action, String reason) {
        Map<String, Object> body = reason == null ? Map.of() : Map.of("reason", reason);
        ResponseEntity<Map> response = api.http().post().uri("/api/v1/scenarios/{id}/{action}", id, action)
                .header("X-User", "tester").contentType(MediaType.APPLICATION_JSON).body(body).retrieve()
                .onStatus(status -> status.isError(), (request, resp) -> { }).toEntity(Map.class);
        assertThat(response.getStatusCode().value()).as(action + ": %s", response.getBody()).isEqualTo(200);
        return response.getBody();
    }
}
