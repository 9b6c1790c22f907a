package vn.twotier.staffing.gap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.twotier.events.EventJson;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;

/** The worked checks of domain.md §4, asked the way a provincial committee would ask them. */
@ServiceTest
@SuppressWarnings("unchecked")
class GapWorkedExamplesIntegrationTest {

    private static final List<String> ND33_POSTS = List.of("CT_UBND", "PCT_UBND", "BT_DU", "PBT_DU", "CT_HDND",
            "PCT_HDND", "CT_MTTQ", "CHT_QS", "CC_VPTK", "CC_TAICHINH", "CC_TUPHAP", "CC_DIACHINH", "CC_VHXH");
    private static final List<String> GOV_POSTS = List.of("CT_UBND", "PCT_UBND", "PCT_HDND", "PTB_HDND", "PCVP",
            "VP_TONGHOP", "VP_TUPHAP", "VP_CNTT", "TP_KT", "PP_KT", "KT_TAICHINH", "KT_DIACHINH", "TP_VHXH",
            "VHXH_VANHOA", "PVHCC_MOTCUA");

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaProperties kafkaProperties;

    @LocalServerPort
    int port;

    private Http http() {
        return new Http(port);
    }

    @Test
    void aClassTwoCommuneWith25CadresAndCivilServantsIsFiveAboveTheDecree33NormOf20() {
        TestUnits.register(units, "74", "74001", "Xã Nghi Thạch", UnitType.COMMUNE, LocalDate.of(2008, 1, 1),
                "Huyện Nghi Lộc");
        assertThat(http().exchange("PUT", "/api/v1/units/74001/versions/2008-01-01/class",
                Map.of("unitClass", "II")).getStatusCode().value()).isEqualTo(200);
        String csv = RosterFiles.HEADER + RosterFiles.rows("A", "74001", 25, ND33_POSTS, "Công chức")
                + RosterFiles.rows("N", "74001", 3, List.of("NCT"), "Người hoạt động không chuyên trách");
        assertThat(RosterFiles.upload(http(), "74", "2024-06-01", csv).getStatusCode().value()).isEqualTo(200);

        Map<String, Object> gap = http().get("/api/v1/gaps/units/74001?asOf=2024-06-01");
        assertThat(gap).containsEntry("normId", "ND33-X-II").containsEntry("frame", 20).containsEntry("actual", 25)
                .containsEntry("surplus", 5).containsEntry("status", "SURPLUS").containsEntry("unitClass", "II")
                .containsEntry("classAssumed", false);
        assertThat((Map<String, Object>) gap.get("nonProfessional")).containsEntry("frame", 12)
                .containsEntry("actual", 3).containsEntry("surplus", -9);
        // no Res. 1211 standard and no population known: no increment, and the gap says so
        assertThat((Map<String, Object>) gap.get("frameIncrements")).containsEntry("baseFrame", 20)
                .containsEntry("total", 0).containsEntry("incrementsKnown", false);
        assertThat((List<String>) ((Map<String, Object>) gap.get("frameIncrements")).get("missingInputs"))
                .contains("POPULATION_STANDARD", "UNIT_POPULATION", "AREA_STANDARD");
        // the same unit as class I would be at 22: still above, by 3
        http().exchange("PUT", "/api/v1/units/74001/versions/2008-01-01/class", Map.of("unitClass", "I"));
        assertThat(http().get("/api/v1/gaps/units/74001?asOf=2024-06-01")).containsEntry("surplus", 3);
    }

    @Test
    void aCommuneGovernmentBlockOf41IsNineAboveTheFrameOf32AndEventsFollowOnlyRealChanges() {
        TestUnits.register(units, "75", "75001", "Xã Đô Lương", UnitType.COMMUNE, TestUnits.REFORM, null);
        String party = RosterFiles.rows("PTY", "75001", 16, List.of("BT_DU", "PBT_DU", "CV_DU", "CV_XDD"), "Cán bộ");
        String military = RosterFiles.rows("QS", "75001", 1, List.of("CHT_QS"), "Công chức");
        String csv41 = RosterFiles.HEADER + RosterFiles.rows("G", "75001", 41, GOV_POSTS, "Công chức") + party
                + military;
        assertThat(RosterFiles.upload(http(), "75", "2025-08-01", csv41).getBody()).containsEntry("changed", true);

        Map<String, Object> gap = http().get("/api/v1/gaps/units/75001?asOf=2025-08-01");
        assertThat(gap).containsEntry("normId", "CV09-GOV").containsEntry("frame", 32).containsEntry("actual", 41)
                .containsEntry("surplus", 9).containsEntry("status", "SURPLUS").containsEntry("totalStaff", 58);
        assertThat((Map<String, Object>) gap.get("party")).containsEntry("frame", 17).containsEntry("actual", 16);
        List<Map<String, Object>> positions = (List<Map<String, Object>>) gap.get("positions");
        assertThat(positions).filteredOn(p -> p.get("positionCode").equals("PCT_UBND")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("norm", 2).containsEntry("actual", 3)
                        .containsEntry("difference", 1));
        assertThat(positions).filteredOn(p -> p.get("positionCode").equals("VP_VANTHU")).singleElement()
                .satisfies(p -> assertThat(p).containsEntry("norm", 1).containsEntry("actual", 0));

        // the same file again changes nothing; then a roster at the frame is a new status
        RosterFiles.upload(http(), "75", "2025-08-01", csv41);
        String csv32 = RosterFiles.HEADER + RosterFiles.rows("G", "75001", 32, GOV_POSTS, "Công chức") + party
                + military;
        RosterFiles.upload(http(), "75", "2025-08-01", csv32);

        List<ConsumerRecord<String, byte[]>> events = new TopicProbe(kafkaProperties).read(Topics.STAFFING_GAPS,
                "75001", Duration.ofSeconds(20), found -> found.size() >= 2);
        assertThat(events).hasSize(2);
        JsonNode first = EventJson.mapper().readTree(events.get(0).value());
        JsonNode second = EventJson.mapper().readTree(events.get(1).value());
        assertThat(first.get("surplus").asInt()).isEqualTo(9);
        assertThat(first.get("status").asString()).isEqualTo("SURPLUS");
        assertThat(second.get("surplus").asInt()).isZero();
        assertThat(second.get("status").asString()).isEqualTo("AT_FRAME");
        assertThat(second.get("previousStatus").asString()).isEqualTo("SURPLUS");
        assertThat(TopicProbe.body(events.get(1))).doesNotContain("Nguyễn");
    }

    @Test
    void aHaTinhShapedSyntheticProvinceReportsItsSurplusAtFrameAndShortUnitsAndMissingOfficers() throws Exception {
        TestUnits.communes(units, "42", "42", 69);
        Map<String, Object> generated = http().client().post().uri("/api/v1/rosters/generate")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("provinceCode", "42", "seed", 2025, "asOf", "2025-08-01")).retrieve().body(Http.MAP);
        assertThat(generated).containsEntry("changed", true).containsEntry("units", 69)
                .containsEntry("countedTotal", 2697);

        Map<String, Object> summary = http().get("/api/v1/gaps/provinces/42?asOf=2025-08-01");
        assertThat(summary).containsEntry("units", 69).containsEntry("unitsInSurplus", 41)
                .containsEntry("unitsAtFrame", 7).containsEntry("unitsShort", 21).containsEntry("totalActual", 2697)
                .containsEntry("totalFrame", 69 * 32);
        assertThat((int) summary.get("totalSurplus") - (int) summary.get("totalShortage")).isEqualTo(2697 - 69 * 32);
        Map<String, Object> missing = (Map<String, Object>) summary.get("unitsMissingSpecialty");
        assertThat(missing).containsEntry("IT", 48).containsEntry("LAND", 19);

        // every unit's own figures agree with the summary
        List<Map<String, Object>> matrix = http().list("/api/v1/gaps/provinces/42/units?asOf=2025-08-01");
        assertThat(matrix).hasSize(69);
        assertThat(matrix.stream().filter(u -> ((List<?>) u.get("missingSpecialties")).contains("IT")).count())
                .isEqualTo(48);
        assertThat(matrix.stream().filter(u -> (Boolean) u.get("atOrAboveThreshold")).map(u -> u.get("unitCode"))
                .toList()).isEqualTo(summary.get("unitsAtOrAboveThreshold"));
        assertThat(matrix).allSatisfy(u -> assertThat((int) u.get("totalStaff")).isBetween(40, 100));

        // the same seed reproduces the same people: nothing changes
        Map<String, Object> again = http().client().post().uri("/api/v1/rosters/generate")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(Map.of("provinceCode", "42", "seed", 2025, "asOf", "2025-08-01")).retrieve().body(Http.MAP);
        assertThat(again).containsEntry("changed", false);

        // the workbook: two header rows, then one row per unit
        byte[] xlsx = http().client().get().uri("/api/v1/gaps/provinces/42/export?asOf=2025-08-01").retrieve()
                .body(byte[].class);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2 + 69);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Mã đơn vị");
            assertThat(rows.get(1).getCellText(12)).isEqualTo("Thực tế");
        }
    }
}
