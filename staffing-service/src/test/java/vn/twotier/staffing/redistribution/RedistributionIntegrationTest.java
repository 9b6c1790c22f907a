package vn.twotier.staffing.redistribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.unit.UnitReadModel;

@ServiceTest
@SuppressWarnings("unchecked")
class RedistributionIntegrationTest {

    /** The 32 posts of the GOV2025 position norms, one line per person. */
    private static final List<String> FRAME_32 = List.of("CT_UBND", "PCT_UBND", "PCT_UBND", "PCT_HDND", "PTB_HDND",
            "PTB_HDND", "PCVP", "PCVP", "VP_TONGHOP", "VP_TUPHAP", "VP_TUPHAP", "VP_VANTHU", "VP_CNTT", "TP_KT",
            "PP_KT", "PP_KT", "KT_TAICHINH", "KT_TAICHINH", "KT_DIACHINH", "KT_DIACHINH", "KT_NNMT", "KT_XAYDUNG",
            "TP_VHXH", "PP_VHXH", "PP_VHXH", "VHXH_VANHOA", "VHXH_GDYT", "VHXH_LDXH", "VHXH_NOIVU", "PGD_PVHCC",
            "PVHCC_MOTCUA", "PVHCC_MOTCUA");

    @Autowired
    UnitReadModel units;

    @LocalServerPort
    int port;

    @Test
    void surplusLandOfficersGoWhereLandIsMissingFirstAndPreferTheirFormerDistrict() {
        TestUnits.register(units, "77", "77001", "Xã Thừa Một", UnitType.COMMUNE, TestUnits.REFORM, "Huyện A");
        TestUnits.register(units, "77", "77002", "Xã Thừa Hai", UnitType.COMMUNE, TestUnits.REFORM, "Huyện B");
        TestUnits.register(units, "77", "77003", "Xã Thiếu Một", UnitType.COMMUNE, TestUnits.REFORM, "Huyện A");
        TestUnits.register(units, "77", "77004", "Xã Thiếu Hai", UnitType.COMMUNE, TestUnits.REFORM, "Huyện B");
        StringBuilder csv = new StringBuilder(
                "person_id,full_name,birth_date,gender,category,position,unit_code,pregnant\n");
        roster(csv, "77001", with(FRAME_32, "KT_DIACHINH", "KT_DIACHINH"), -1);
        roster(csv, "77002", with(FRAME_32, "KT_DIACHINH", "KT_DIACHINH"), 33); // the last land officer is pregnant
        roster(csv, "77003", without(FRAME_32, "KT_DIACHINH", "KT_DIACHINH", "VP_TONGHOP"), -1);
        roster(csv, "77004", without(FRAME_32, "KT_DIACHINH"), -1);
        assertThat(RosterFiles.upload(new Http(port), "77", "2025-08-01", csv.toString()).getStatusCode().value())
                .isEqualTo(200);

        Map<String, Object> plan = new Http(port).get("/api/v1/redistribution/provinces/77?asOf=2025-08-01");
        assertThat(plan).containsEntry("moves", 3).containsEntry("totalSurplusBefore", 4)
                .containsEntry("totalShortageBefore", 4).containsEntry("totalShortageAfter", 1)
                .containsEntry("movesWithinFormerDistrict", 3).containsEntry("missingSpecialtiesFilled", 1);
        assertThat((Map<String, Object>) plan.get("unfilledBySpecialty")).containsEntry("OFFICE", 1);
        assertThat((Map<String, Object>) plan.get("excludedCandidates"))
                .containsEntry("PREGNANT_OR_CHILD_UNDER_36_MONTHS", 1);
        List<Map<String, Object>> moves = (List<Map<String, Object>>) plan.get("plan");
        assertThat(moves).extracting(m -> m.get("fromUnit") + "→" + m.get("toUnit"))
                .containsExactlyInAnyOrder("77001→77003", "77001→77003", "77002→77004");
        assertThat(moves).allSatisfy(m -> assertThat(m).containsEntry("specialty", "LAND")
                .containsEntry("category", "CIVIL_SERVANT"));
        assertThat(moves).filteredOn(m -> m.get("toUnit").equals("77003")).allSatisfy(m -> {
            assertThat((List<String>) m.get("reasonCodes")).contains("FILLS_MISSING_SPECIALTY",
                    "SAME_FORMER_DISTRICT");
            assertThat((String) m.get("reason")).contains("Xã Thừa Một dôi dư 2").contains("Huyện A")
                    .contains("chưa có người làm Địa chính – đất đai");
        });
        assertThat(moves).extracting(m -> m.get("personId")).doesNotContain("R-77002-34");
    }

    private static List<String> with(List<String> posts, String... extra) {
        List<String> all = new ArrayList<>(posts);
        all.addAll(List.of(extra));
        return all;
    }

    private static List<String> without(List<String> posts, String... removed) {
        List<String> all = new ArrayList<>(posts);
        for (String post : removed) {
            all.remove(post);
        }
        return all;
    }

    private static void roster(StringBuilder csv, String unit, List<String> posts, int pregnantIndex) {
        for (int i = 0; i < posts.size(); i++) {
            boolean pregnant = i == pregnantIndex;
            csv.append("R-").append(unit).append('-').append(i + 1).append(',')
                    .append(pregnant ? "Lê Thị Hồng" : "Trần Văn Thử").append(",1990-02-02,")
                    .append(pregnant ? "Nữ" : "Nam").append(",Công chức,").append(posts.get(i)).append(',')
                    .append(unit).append(',').append(pregnant ? "có" : "").append('\n');
        }
    }
}
