package vn.twotier.staffing.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.unit.UnitReadModel;

/**
 * A province with three new communes: {@code S} (sending) at its frame of 32 plus 2 surplus land officers,
 * {@code R} (receiving) with no land officer at all (short 2 in LAND) and {@code N} exactly at its frame.
 * People are {@code <unit>-<n>}; the surplus land officers of S are {@code S-33} and {@code S-34}.
 */
final class SecondmentFixture {

    /** The 32 posts of the GOV2025 position norms, one line per person. */
    static final List<String> FRAME_32 = List.of("CT_UBND", "PCT_UBND", "PCT_UBND", "PCT_HDND", "PTB_HDND",
            "PTB_HDND", "PCVP", "PCVP", "VP_TONGHOP", "VP_TUPHAP", "VP_TUPHAP", "VP_VANTHU", "VP_CNTT", "TP_KT",
            "PP_KT", "PP_KT", "KT_TAICHINH", "KT_TAICHINH", "KT_DIACHINH", "KT_DIACHINH", "KT_NNMT", "KT_XAYDUNG",
            "TP_VHXH", "PP_VHXH", "PP_VHXH", "VHXH_VANHOA", "VHXH_GDYT", "VHXH_LDXH", "VHXH_NOIVU", "PGD_PVHCC",
            "PVHCC_MOTCUA", "PVHCC_MOTCUA");

    final String province;
    final String sending;
    final String receiving;
    final String atFrame;

    private SecondmentFixture(String province) {
        this.province = province;
        this.sending = province + "001";
        this.receiving = province + "002";
        this.atFrame = province + "003";
    }

    static SecondmentFixture create(UnitReadModel units, Http http, String province, LocalDate asOf) {
        SecondmentFixture fixture = new SecondmentFixture(province);
        TestUnits.register(units, province, fixture.sending, "Xã Thừa", UnitType.COMMUNE, TestUnits.REFORM,
                "Huyện A");
        TestUnits.register(units, province, fixture.receiving, "Xã Thiếu", UnitType.COMMUNE, TestUnits.REFORM,
                "Huyện A");
        TestUnits.register(units, province, fixture.atFrame, "Xã Đủ", UnitType.COMMUNE, TestUnits.REFORM,
                "Huyện B");
        StringBuilder csv = new StringBuilder(
                "person_id,full_name,birth_date,gender,category,position,unit_code,pregnant,child_under_36_months\n");
        List<String> sendingPosts = new ArrayList<>(FRAME_32);
        sendingPosts.addAll(List.of("KT_DIACHINH", "KT_DIACHINH"));
        List<String> receivingPosts = new ArrayList<>(FRAME_32);
        receivingPosts.remove("KT_DIACHINH");
        receivingPosts.remove("KT_DIACHINH");
        roster(csv, fixture.sending, sendingPosts);
        roster(csv, fixture.receiving, receivingPosts);
        roster(csv, fixture.atFrame, FRAME_32);
        ResponseEntity<Map<String, Object>> upload = RosterFiles.upload(http, province, asOf.toString(),
                csv.toString());
        assertThat(upload.getStatusCode().value()).as(String.valueOf(upload.getBody())).isEqualTo(200);
        return fixture;
    }

    private static void roster(StringBuilder csv, String unit, List<String> posts) {
        for (int i = 0; i < posts.size(); i++) {
            csv.append(unit).append('-').append(i + 1).append(",Trần Văn Thử,1990-02-02,Nam,Công chức,")
                    .append(posts.get(i)).append(',').append(unit).append(",,\n");
        }
    }

    /** A nomination body from S to R for {@code person}, with an end date {@code years} on. */
    Map<String, Object> nomination(String person, LocalDate start, LocalDate end) {
        Map<String, Object> body = new HashMap<>();
        body.put("provinceCode", province);
        body.put("personId", person);
        body.put("sendingUnitCode", sending);
        body.put("receivingUnitCode", receiving);
        body.put("startDate", start.toString());
        if (end != null) {
            body.put("endDate", end.toString());
        }
        body.put("actor", "Phòng Nội vụ xã Thừa");
        body.put("reason", "Kết luận 07-KL/TU");
        return body;
    }
}
