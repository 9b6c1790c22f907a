package vn.twotier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.events.staffing.UnitStaffingGapChanged;

/** The default rules fan events out to the right roles of the right units, and to nobody else. */
@NotificationServiceTest
class FanOutIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 20, 10, 0, 0, 0, ZoneOffset.ofHours(7));

    @Test
    void anApprovedScenarioReachesEveryUnitInItAndTheProvinceCommitteeButNoOneElse() {
        String province = TestEvents.code();
        String a = TestEvents.code();
        String b = TestEvents.code();
        String outside = TestEvents.code();
        publish(new RegisterImported("imp", province, "Tỉnh Thử", 3, 0, 0, null, "tester"), NOW);
        String committee = committeeOf(province);
        for (String[] unit : new String[][] {{a, "Xã Bình An"}, {b, "Xã Bình Minh"}, {outside, "Xã Xa Xôi"}}) {
            publish(new UnitRegistered(unit[0], LocalDate.of(2020, 1, 1), null, unit[1], UnitType.COMMUNE, province,
                    "Huyện Thử", 10.0, List.of()), NOW);
        }
        String chairA = id(createRecipient(unitRecipient(province, a, "COMMUNE_CHAIR", "Chủ tịch UBND Xã Bình An")));
        String officeA = id(createRecipient(unitRecipient(province, a, "COMMUNE_OFFICE", "Văn phòng Xã Bình An")));
        String chairB = id(createRecipient(unitRecipient(province, b, "COMMUNE_CHAIR", "Chủ tịch UBND Xã Bình Minh")));
        String chairOutside = id(createRecipient(unitRecipient(province, outside, "COMMUNE_CHAIR", "Chủ tịch Xa")));

        String scenario = "S-" + TestEvents.code();
        List<ProposedUnit> proposal = List.of(new ProposedUnit(a, "Xã Bình An Mới", UnitType.COMMUNE, List.of(
                new ProposedPart(a, MergeShare.FULL, null), new ProposedPart(b, MergeShare.PARTIAL, 0.4))));
        publish(new ScenarioDrafted(scenario, province, "Phương án sắp xếp xã 2025", LocalDate.of(2025, 7, 1),
                proposal, "tester"), NOW);
        String approved = publish(new ScenarioApproved(scenario, province, LocalDate.of(2025, 7, 1), proposal,
                "Ủy ban Thường vụ Quốc hội", "Nghị quyết 1656/NQ-UBTVQH15"), NOW.plusDays(1));
        // Same key (the scenario) after it: once this has arrived, the approval was fully handled.
        String tookEffect = publish(new ScenarioTookEffect(scenario, province, LocalDate.of(2025, 7, 1), proposal,
                "system"), NOW.plusDays(11));
        awaitEntry(committee, tookEffect);

        Map<String, Object> toChair = awaitEntry(chairA, approved);
        assertThat(entries(officeA, approved)).hasSize(1);
        assertThat(entries(chairB, approved)).as("a unit that gives part of its area is in the scenario").hasSize(1);
        assertThat(entries(committee, approved)).hasSize(1);
        assertThat(entries(chairOutside, approved)).isEmpty();
        assertThat(text(toChair, "title", "vi"))
                .isEqualTo("Phương án Phương án sắp xếp xã 2025 đã được phê duyệt, hiệu lực từ ngày 01/07/2025");
        assertThat(text(toChair, "body", "vi")).contains("Ngày 21/06/2025, Ủy ban Thường vụ Quốc hội đã phê duyệt",
                "Xã Bình An Mới (hình thành từ Xã Bình An; một phần Xã Bình Minh)", "Nghị quyết 1656/NQ-UBTVQH15");
        assertThat(text(toChair, "body", "en")).contains("Xã Bình An Mới (formed from Xã Bình An; part of Xã Bình Minh)");
        assertThat(toChair.get("actionRequired")).as("communes must confirm they know").isEqualTo(true);
        assertThat(entries(committee, approved).get(0).get("actionRequired")).isEqualTo(false);
    }

    @Test
    void theCommitteeHearsOfAUnitOnlyWhenItFallsIntoShortage() {
        String province = TestEvents.code();
        String unit = TestEvents.code();
        publish(new RegisterImported("imp", province, "Tỉnh Thiếu Người", 1, 0, 0, null, "tester"), NOW);
        String committee = committeeOf(province);
        publish(new UnitRegistered(unit, LocalDate.of(2025, 7, 1), null, "Phường Mới", UnitType.WARD, province, null,
                5.0, List.of()), NOW);

        String stillAtFrame = publish(gap(province, unit, 0, 32, GapStatus.AT_FRAME, GapStatus.SURPLUS), NOW);
        String intoShortage = publish(gap(province, unit, 1, 29, GapStatus.SHORT, GapStatus.AT_FRAME), NOW);
        String stillShort = publish(gap(province, unit, 2, 28, GapStatus.SHORT, GapStatus.SHORT), NOW);
        String backAndShortAgain = publish(gap(province, unit, 3, 27, GapStatus.SHORT, GapStatus.AT_FRAME), NOW);

        Map<String, Object> entry = awaitEntry(committee, intoShortage);
        awaitEntry(committee, backAndShortAgain);
        assertThat(entries(committee, stillAtFrame)).isEmpty();
        assertThat(entries(committee, stillShort)).isEmpty();
        assertThat(text(entry, "title", "vi")).isEqualTo("Phường Mới: biên chế chuyển sang tình trạng thiếu");
        assertThat(text(entry, "title", "en")).isEqualTo("Phường Mới: staffing is now short");
        assertThat(text(entry, "body", "vi")).contains("Tính đến ngày 21/06/2025, Phường Mới (Tỉnh Thiếu Người) có 29"
                + " người so với định mức 32", "Chuyên môn còn thiếu: địa chính");
    }

    private static UnitStaffingGapChanged gap(String province, String unit, int day, int actual, GapStatus status,
            GapStatus previous) {
        return new UnitStaffingGapChanged(unit, province, NOW.toLocalDate().plusDays(day),
                "TEMP_2025", 32, actual, 0, 0, actual - 32, status, previous,
                status == GapStatus.SHORT ? List.of("địa chính") : List.of());
    }

    static Map<String, Object> unitRecipient(String province, String unit, String role, String name) {
        return Map.of("provinceCode", province, "unitCode", unit, "role", role, "name", name);
    }

    static String id(Map<String, Object> recipient) {
        return (String) recipient.get("id");
    }
}
