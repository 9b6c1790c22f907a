package vn.twotier.staffing.gap;

import static org.assertj.core.api.Assertions.assertThat;

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
import tools.jackson.databind.JsonNode;
import vn.twotier.events.EventJson;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;

/**
 * Decree 33/2023 population and area increments through HTTP: the standard (Res. 1211/2016) and the unit's
 * population are set like other reference data, the frame grows, and the change is published.
 */
@ServiceTest
@SuppressWarnings("unchecked")
class Decree33IncrementsIntegrationTest {

    private static final List<String> ND33_POSTS = List.of("CT_UBND", "PCT_UBND", "BT_DU", "PBT_DU", "CT_HDND",
            "PCT_HDND", "CT_MTTQ", "CHT_QS", "CC_VPTK", "CC_TAICHINH", "CC_TUPHAP", "CC_DIACHINH", "CC_VHXH");

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    private static Map<String, Object> body(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void aClassTwoCommuneWithPopulationOnePointSixTimesTheStandardGetsOneMoreCivilServantAndTheChangeIsPublished() {
        // a pre-reform xã (ended 30 Jun 2025) of 25 km², class II (max 20), 25 cadres and civil servants
        units.apply(new UnitRegistered("73001", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 6, 30), "Xã Tăng Thêm",
                UnitType.COMMUNE, "73", "Huyện Thử", 25.0, List.of()));
        http().exchange("PUT", "/api/v1/units/73001/versions/2008-01-01/class", Map.of("unitClass", "II"));
        String csv = RosterFiles.HEADER + RosterFiles.rows("A", "73001", 25, ND33_POSTS, "Công chức")
                + RosterFiles.rows("N", "73001", 3, List.of("NCT"), "Người hoạt động không chuyên trách");
        assertThat(RosterFiles.upload(http(), "73", "2024-06-01", csv).getStatusCode().value()).isEqualTo(200);
        Map<String, Object> before = http().get("/api/v1/gaps/units/73001?asOf=2024-06-01");
        assertThat(before).containsEntry("frame", 20).containsEntry("surplus", 5);

        // the province's standard (figures entered by the user; none is shipped): 10,000 people, 20 km²
        assertThat(http().exchange("PUT", "/api/v1/reference/standards/73-COMMUNE", body("unitType", "COMMUNE",
                "provinceCode", "73", "effectiveFrom", "2016-01-01", "population", 10_000, "areaKm2", 20.0,
                "legalBasis", "Nghị quyết 1211/2016/UBTVQH13", "expectedRevision", 0)).getStatusCode().value())
                .isEqualTo(200);
        Map<String, Object> standardOnly = http().get("/api/v1/gaps/units/73001?asOf=2024-06-01");
        assertThat(standardOnly).containsEntry("frame", 20);
        assertThat((Map<String, Object>) standardOnly.get("frameIncrements")).containsEntry("incrementsKnown", false)
                .containsEntry("missingInputs", List.of("UNIT_POPULATION"));

        // population 16,000 = 1.6× the standard: one full 1/2 step; area 25/20 = 1.25×: none
        Map<String, Object> unit = http().exchange("PUT", "/api/v1/units/73001/versions/2008-01-01/population",
                body("population", 16_000, "asOf", "2023-12-31")).getBody();
        assertThat(unit).containsEntry("population", 16_000).containsEntry("populationAsOf", "2023-12-31");
        Map<String, Object> gap = http().get("/api/v1/gaps/units/73001?asOf=2024-06-01");
        assertThat(gap).containsEntry("frame", 21).containsEntry("actual", 25).containsEntry("surplus", 4);
        Map<String, Object> increments = (Map<String, Object>) gap.get("frameIncrements");
        assertThat(increments).containsEntry("baseFrame", 20).containsEntry("total", 1)
                .containsEntry("incrementsKnown", true).containsEntry("missingInputs", List.of())
                .containsEntry("standardId", "73-COMMUNE");
        List<Map<String, Object>> lines = (List<Map<String, Object>>) increments.get("increments");
        assertThat(lines).filteredOn(l -> "ND33-INC-POP-OTHER".equals(l.get("normId"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("count", 1).containsEntry("basis", "POPULATION")
                        .containsEntry("reason", "+1: dân số vượt 0,6 lần quy mô chuẩn / population exceeds the "
                                + "standard by 0.6× (+1 per full 1/2)"));
        assertThat(lines).filteredOn(l -> "ND33-INC-AREA".equals(l.get("normId"))).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("count", 0));
        // the non-professional frame (12) takes the same increment, separately
        assertThat((Map<String, Object>) gap.get("nonProfessional")).containsEntry("frame", 13)
                .containsEntry("baseFrame", 12).containsEntry("increments", 1);

        // the recomputation published the first assessment (frame 20) and then the new frame (21), nothing between
        List<ConsumerRecord<String, byte[]>> events = new TopicProbe(kafkaProperties).read(Topics.STAFFING_GAPS,
                "73001", Duration.ofSeconds(20), found -> found.size() >= 2);
        assertThat(events).hasSize(2);
        JsonNode first = EventJson.mapper().readTree(events.get(0).value());
        JsonNode second = EventJson.mapper().readTree(events.get(1).value());
        assertThat(first.get("frame").asInt()).isEqualTo(20);
        assertThat(second.get("frame").asInt()).isEqualTo(21);
        assertThat(second.get("surplus").asInt()).isEqualTo(4);

        // a stale edit of the standard is refused; a good one is a new revision, the old one kept
        assertThat(http().exchange("PUT", "/api/v1/reference/standards/73-COMMUNE", body("unitType", "COMMUNE",
                "provinceCode", "73", "effectiveFrom", "2016-01-01", "population", 8_000, "expectedRevision", 0))
                .getStatusCode().value()).isEqualTo(409);
        http().exchange("PUT", "/api/v1/reference/standards/73-COMMUNE", body("unitType", "COMMUNE",
                "provinceCode", "73", "effectiveFrom", "2016-01-01", "population", 8_000, "areaKm2", 20.0,
                "expectedRevision", 1));
        assertThat(http().list("/api/v1/reference/standards/73-COMMUNE/revisions")).hasSize(2);
        // 16,000 / 8,000 = 2.0×: two full 1/2 steps
        assertThat(http().get("/api/v1/gaps/units/73001?asOf=2024-06-01")).containsEntry("frame", 22);
    }

    @Test
    void aWardWithPopulationOnePointSevenTimesTheStandardGetsTwoAndAnAreaTwoPointThreeTimesOneMore() {
        units.apply(new UnitRegistered("73101", LocalDate.of(2008, 1, 1), LocalDate.of(2025, 6, 30), "Phường Thử",
                UnitType.WARD, "73", "Quận Thử", 23.0, List.of()));
        http().exchange("PUT", "/api/v1/units/73101/versions/2008-01-01/class", Map.of("unitClass", "II"));
        String csv = RosterFiles.HEADER + RosterFiles.rows("W", "73101", 21, ND33_POSTS, "Công chức");
        RosterFiles.upload(http(), "73", "2024-06-01", csv);
        http().exchange("PUT", "/api/v1/reference/standards/73-WARD", body("unitType", "WARD", "provinceCode", "73",
                "effectiveFrom", "2016-01-01", "population", 15_000, "areaKm2", 10.0));
        http().exchange("PUT", "/api/v1/units/73101/versions/2008-01-01/population",
                body("population", 25_500, "asOf", "2023-12-31"));
        Map<String, Object> gap = http().get("/api/v1/gaps/units/73101?asOf=2024-06-01");
        // 21 + 2 (0.7 / (1/3)) + 1 (2.3× the area) = 24
        assertThat(gap).containsEntry("frame", 24).containsEntry("surplus", -3);
        assertThat((Map<String, Object>) gap.get("frameIncrements")).containsEntry("baseFrame", 21)
                .containsEntry("total", 3).containsEntry("incrementsKnown", true);
    }
}
