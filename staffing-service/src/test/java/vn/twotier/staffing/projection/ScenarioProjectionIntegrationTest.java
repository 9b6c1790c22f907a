package vn.twotier.staffing.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import vn.twotier.events.EventJson;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.events.merger.ScenarioRevised;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestEvents;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;

@ServiceTest
@SuppressWarnings("unchecked")
class ScenarioProjectionIntegrationTest {

    private static final LocalDate OLD = LocalDate.of(2008, 1, 1);
    private static final LocalDate EFFECTIVE = TestUnits.REFORM;
    private static final List<String> POSTS = List.of("CT_UBND", "PCT_UBND", "VP_TUPHAP", "KT_TAICHINH",
            "KT_DIACHINH", "VHXH_VANHOA", "PVHCC_MOTCUA");

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void theProjectionFollowsEachRevisionRostersAndTheScenarioTakingEffect() throws Exception {
        for (String code : List.of("76001", "76002", "76003")) {
            TestUnits.register(units, "76", code, "Xã Cũ " + code, UnitType.COMMUNE, OLD, "Huyện Thử");
        }
        String roster = RosterFiles.HEADER + RosterFiles.rows("A", "76001", 20, POSTS, "Công chức")
                + RosterFiles.rows("B", "76002", 15, POSTS, "Công chức")
                + RosterFiles.rows("C", "76003", 12, POSTS, "Công chức");
        assertThat(RosterFiles.upload(http(), "76", "2025-06-01", roster).getStatusCode().value()).isEqualTo(200);

        String scenario = "sc-76-1";
        ProposedUnit a = unit("76001", "Xã Mới Một", part("76001"), part("76002"));
        ProposedUnit b = unit("76003", "Xã Mới Hai", part("76003"));
        kafka.send(TestEvents.record(new ScenarioDrafted(scenario, "76", "Phương án 1", EFFECTIVE, List.of(a, b),
                "tester"))).get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(projected(scenario, "76001"))
                .containsEntry("staff", 35).containsEntry("frame", 32).containsEntry("surplus", 3));
        assertThat(projected(scenario, "76003")).containsEntry("staff", 12).containsEntry("surplus", -20);
        assertThat(http().get("/api/v1/projections/scenarios/{id}", scenario)).containsEntry("totalStaff", 47)
                .containsEntry("totalFrame", 64).containsEntry("totalSurplus", -17);

        // revision 2 splits 76002: 40 % to the first new unit, the rest (no fraction given) to the second
        ProposedUnit a2 = unit("76001", "Xã Mới Một", part("76001"), new ProposedPart("76002", MergeShare.PARTIAL, 0.4));
        ProposedUnit b2 = unit("76003", "Xã Mới Hai", part("76003"), new ProposedPart("76002", MergeShare.PARTIAL, null));
        kafka.send(TestEvents.record(new ScenarioRevised(scenario, "76", 2, "Phương án 1b", EFFECTIVE,
                List.of(a2, b2), "tester"))).get();
        // an out-of-date revision arriving late changes nothing
        kafka.send(TestEvents.record(new ScenarioRevised(scenario, "76", 1, "cũ", EFFECTIVE, List.of(a), "tester")))
                .get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(projected(scenario, "76001"))
                .containsEntry("staff", 26));
        assertThat(projected(scenario, "76003")).containsEntry("staff", 21);
        assertThat(http().get("/api/v1/projections/scenarios/{id}", scenario)).containsEntry("revision", 2)
                .containsEntry("name", "Phương án 1b");

        // a predecessor's roster grows: the open scenario is projected again
        RosterFiles.upload(http(), "76", "2025-06-01", RosterFiles.HEADER
                + RosterFiles.rows("A", "76001", 30, POSTS, "Công chức"));
        assertThat(projected(scenario, "76001")).containsEntry("staff", 36);

        List<ConsumerRecord<String, byte[]>> events = new TopicProbe(kafkaProperties).read(
                Topics.STAFFING_PROJECTIONS, scenario, Duration.ofSeconds(20), found -> found.size() >= 3);
        assertThat(events).hasSize(3);
        List<Long> revisions = events.stream().map(e -> EventJson.mapper().readTree(e.value()).get("revision")
                .asLong()).toList();
        assertThat(revisions).containsExactly(1L, 2L, 2L);
        JsonNode last = EventJson.mapper().readTree(events.get(2).value());
        assertThat(last.get("totalStaff").asInt()).isEqualTo(36 + 21);

        // approval, then taking effect: the people move onto the new unit versions
        kafka.send(TestEvents.record(new ScenarioApproved(scenario, "76", EFFECTIVE, List.of(a2, b2), "ubtvqh",
                null))).get();
        for (String code : List.of("76001", "76002", "76003")) {
            units.apply(new UnitRetired(code, OLD, EFFECTIVE.minusDays(1), "76", List.of()));
        }
        TestUnits.register(units, "76", "76001", "Xã Mới Một", UnitType.COMMUNE, EFFECTIVE, null);
        TestUnits.register(units, "76", "76003", "Xã Mới Hai", UnitType.COMMUNE, EFFECTIVE, null);
        kafka.send(TestEvents.record(new ScenarioTookEffect(scenario, "76", EFFECTIVE, List.of(a2, b2), "system")))
                .get();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http().list("/api/v1/rosters/units/76001?asOf=2025-08-01")).hasSize(36));
        assertThat(http().list("/api/v1/rosters/units/76003?asOf=2025-08-01")).hasSize(21);
        assertThat(http().list("/api/v1/rosters/units/76002?asOf=2025-06-01")).as("76002 was split whole").isEmpty();
        assertThat(http().get("/api/v1/gaps/units/76001?asOf=2025-08-01")).containsEntry("actual", 36)
                .containsEntry("surplus", 4);
        assertThat(http().get("/api/v1/projections/scenarios/{id}", scenario)).containsEntry("status", "TOOK_EFFECT")
                .containsEntry("staffMoved", true);
    }

    private Map<String, Object> projected(String scenario, String unitCode) {
        List<Map<String, Object>> projected = (List<Map<String, Object>>) http()
                .exchange("GET", "/api/v1/projections/scenarios/" + scenario, null).getBody()
                .getOrDefault("units", List.of());
        return projected.stream().filter(u -> unitCode.equals(u.get("unitCode"))).findFirst().orElse(Map.of());
    }

    private static ProposedPart part(String code) {
        return new ProposedPart(code, MergeShare.FULL, null);
    }

    private static ProposedUnit unit(String code, String name, ProposedPart... parts) {
        return new ProposedUnit(code, name, UnitType.COMMUNE, List.of(parts));
    }
}
