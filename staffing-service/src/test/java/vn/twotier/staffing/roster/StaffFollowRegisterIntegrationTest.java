package vn.twotier.staffing.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.support.Http;
import vn.twotier.staffing.support.RosterFiles;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestEvents;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.unit.UnitReadModel;

/** When the register retires a unit, its people belong to its successors (whole, or split between parts). */
@ServiceTest
class StaffFollowRegisterIntegrationTest {

    private static final LocalDate OLD = LocalDate.of(2008, 1, 1);
    private static final LocalDate NEW = TestUnits.REFORM;

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @LocalServerPort
    int port;

    @Test
    void retiredUnitsHandTheirStaffToTheirSuccessors() throws Exception {
        TestUnits.register(units, "79", "79001", "Xã Cũ Một", UnitType.COMMUNE, OLD, "Huyện Thử");
        TestUnits.register(units, "79", "79002", "Xã Cũ Hai", UnitType.COMMUNE, OLD, "Huyện Thử");
        String csv = RosterFiles.HEADER + RosterFiles.rows("F", "79001", 5, List.of("CC_TAICHINH"), "Công chức")
                + RosterFiles.rows("H", "79002", 4, List.of("CC_TUPHAP"), "Công chức");
        assertThat(RosterFiles.upload(new Http(port), "79", "2025-06-01", csv).getStatusCode().value())
                .isEqualTo(200);

        kafka.send(TestEvents.record(new UnitRegistered("79001", NEW, null, "Xã Mới Một", UnitType.COMMUNE, "79",
                null, 40.0, List.of(new LineageLink("79001", OLD, MergeShare.FULL))))).get();
        kafka.send(TestEvents.record(new UnitRegistered("79003", NEW, null, "Xã Mới Ba", UnitType.COMMUNE, "79",
                null, 40.0, List.of(new LineageLink("79002", OLD, MergeShare.PARTIAL))))).get();
        UnitRetired whole = new UnitRetired("79001", OLD, NEW.minusDays(1), "79",
                List.of(new LineageLink("79001", NEW, MergeShare.FULL)));
        kafka.send(TestEvents.record(whole)).get();
        kafka.send(TestEvents.record(new UnitRetired("79002", OLD, NEW.minusDays(1), "79",
                List.of(new LineageLink("79001", NEW, MergeShare.PARTIAL),
                        new LineageLink("79003", NEW, MergeShare.PARTIAL))))).get();
        // a repeat of the same fact under a new event id moves nobody twice
        kafka.send(TestEvents.record(whole)).get();

        Http http = new Http(port);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.list("/api/v1/rosters/units/79001?asOf=2025-08-01")).hasSize(7);
            assertThat(http.list("/api/v1/rosters/units/79003?asOf=2025-08-01")).hasSize(2);
        });
        assertThat(http.list("/api/v1/rosters/units/79001?asOf=2025-06-01")).isEmpty();
        assertThat(http.list("/api/v1/rosters/units/79002?asOf=2025-06-01")).isEmpty();
        assertThat(http.get("/api/v1/gaps/units/79001?asOf=2025-08-01")).containsEntry("actual", 7)
                .containsEntry("frame", 32);
    }
}
