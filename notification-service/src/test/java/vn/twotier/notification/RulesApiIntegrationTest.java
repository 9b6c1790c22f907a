package vn.twotier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.merger.UnitType;

/** Operators change who hears of what by editing the rules; every edit is a new version and earlier ones stay. */
@NotificationServiceTest
class RulesApiIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 30, 17, 0, 0, 0, ZoneOffset.ofHours(7));
    private static final String UNIT_RETIRED = "vn.twotier.merger.unit.retired.v1";

    @Test
    @SuppressWarnings("unchecked")
    void aNewRuleVersionMakesRetiredUnitsTellTheirChairsWhereTheirAreaWent() {
        String province = TestEvents.code();
        String old = TestEvents.code();
        String successor = TestEvents.code();
        publish(new RegisterImported("imp", province, "Tỉnh Quy Tắc", 1, 0, 0, null, "tester"), NOW);
        publish(new UnitRegistered(old, LocalDate.of(2008, 8, 1), null, "Xã Cũ", UnitType.COMMUNE, province, "Huyện A",
                12.0, List.of()), NOW);
        publish(new UnitRegistered(successor, LocalDate.of(2025, 7, 1), null, "Xã Mới", UnitType.COMMUNE, province,
                null, 30.0, List.of()), NOW);
        String chair = (String) createRecipient(FanOutIntegrationTest.unitRecipient(province, old, "COMMUNE_CHAIR",
                "Chủ tịch UBND Xã Cũ")).get("id");

        Map<String, Object> current = http().get().uri("/api/v1/rules").retrieve().body(Map.class);
        long version = ((Number) current.get("version")).longValue();
        List<Object> rules = new ArrayList<>((List<Object>) current.get("rules"));
        assertThat(rules).noneMatch(rule -> UNIT_RETIRED.equals(((Map<?, ?>) rule).get("eventType")));

        rules.add(Map.of("eventType", UNIT_RETIRED,
                "targets", List.of(Map.of("role", "COMMUNE_CHAIR", "scope", "EVENT_UNITS"))));
        Map<String, Object> next = http().put().uri("/api/v1/rules")
                .body(Map.of("basedOn", version, "rules", rules, "author", "Sở Nội vụ", "comment", "Báo xã bị giải thể"))
                .retrieve().body(Map.class);
        assertThat(((Number) next.get("version")).longValue()).isEqualTo(version + 1);

        String afterRule = publish(retired(province, old, successor), NOW.plusMinutes(1));
        Map<String, Object> entry = awaitEntry(chair, afterRule);
        assertThat(text(entry, "body", "vi")).isEqualTo("Xã Cũ (mã " + old + ", Tỉnh Quy Tắc) hoạt động đến hết ngày "
                + "30/06/2025; địa bàn chuyển về: Xã Mới.");

        Map<String, Object> first = http().get().uri("/api/v1/rules/versions/{v}", version).retrieve()
                .body(Map.class);
        assertThat((List<?>) first.get("rules")).hasSize(rules.size() - 1);
        List<Map<String, Object>> history = http().get().uri("/api/v1/rules/versions").retrieve().body(List.class);
        assertThat(history.get(0)).containsEntry("createdBy", "Sở Nội vụ").containsEntry("comment", "Báo xã bị giải thể");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void anEditBasedOnAnOldVersionOrNamingUnknownThingsIsRefusedWithEveryReason() {
        Map<String, Object> current = http().get().uri("/api/v1/rules").retrieve().body(Map.class);
        long version = ((Number) current.get("version")).longValue();

        ResponseEntity<Map> stale = exchange(http().put().uri("/api/v1/rules")
                .body(Map.of("basedOn", version + 5, "rules", current.get("rules"))));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);

        ResponseEntity<Map> invalid = exchange(http().put().uri("/api/v1/rules").body(Map.of("basedOn", version,
                "rules", List.of(
                        Map.of("eventType", "vn.twotier.merger.unit.exploded.v1",
                                "targets", List.of(Map.of("role", "COMMUNE_CHAIR", "scope", "EVENT_UNITS"))),
                        Map.of("eventType", UNIT_RETIRED, "targets", List.of(), "condition", "FULL_MOON"),
                        Map.of("eventType", UNIT_RETIRED, "actionRequired", true, "escalateTo", "COMMUNE_CHAIR",
                                "targets", List.of(Map.of("role", "COMMUNE_OFFICE", "scope", "EVENT_UNITS")))))));
        assertThat(invalid.getStatusCode().value()).isEqualTo(422);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) invalid.getBody().get("errors");
        assertThat(errors).extracting(error -> error.get("field")).containsExactlyInAnyOrder("rules[0].eventType",
                "rules[1].condition", "rules[1].targets", "rules[2].acknowledgeWithin");
        Map<String, Object> after = http().get().uri("/api/v1/rules").retrieve().body(Map.class);
        assertThat(((Number) after.get("version")).longValue()).as("nothing stored").isEqualTo(version);
    }

    private static UnitRetired retired(String province, String old, String successor) {
        return new UnitRetired(old, LocalDate.of(2008, 8, 1), LocalDate.of(2025, 6, 30), province,
                List.of(new LineageLink(successor, LocalDate.of(2025, 7, 1), MergeShare.FULL)));
    }
}
