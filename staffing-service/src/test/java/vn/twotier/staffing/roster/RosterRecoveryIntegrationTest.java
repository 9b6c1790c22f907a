package vn.twotier.staffing.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.twotier.events.Topics;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.support.ServiceTest;
import vn.twotier.staffing.support.TestUnits;
import vn.twotier.staffing.support.TopicProbe;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;

/** A stop between "import started" and "import applied" must not leave a roster change without its event. */
@ServiceTest
class RosterRecoveryIntegrationTest {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    RosterService rosters;

    @Autowired
    UnitReadModel units;

    @Autowired
    KafkaProperties kafkaProperties;

    @Test
    void anInterruptedImportIsFinishedWithItsEvent() {
        TestUnits.register(units, "78", "78001", "Xã Khôi Phục", UnitType.COMMUNE, TestUnits.REFORM, null);
        StaffMember person = new StaffMember("K-1", "Ngô Văn Khôi", LocalDate.of(1980, 1, 1), Gender.MALE,
                StaffCategory.CIVIL_SERVANT, "KT_DIACHINH", "LAND", null, null, false, false);
        UnitRoster target = new UnitRoster(UnitVersion.idOf("78001", TestUnits.REFORM), "78001", TestUnits.REFORM,
                "78", List.of(person), null, Instant.now());
        // as left by a crash right after the import document was written
        mongo.insert(RosterImport.start("crashed-import", "78", "file:sha256:00", TestUnits.REFORM,
                new RosterDiff(1, 0, 0, List.of("78001"), List.of(target)), Instant.now()));

        assertThat(rosters.recover()).isEqualTo(1);

        assertThat(mongo.findById(target.id(), UnitRoster.class).staff()).containsExactly(person);
        RosterImport finished = mongo.findById("crashed-import", RosterImport.class);
        assertThat(finished.getStatus()).isEqualTo(RosterImport.Status.APPLIED);
        assertThat(finished.getTargets()).as("people are not kept in the import record").isNull();
        var events = new TopicProbe(kafkaProperties).read(Topics.STAFFING_ROSTERS, "78", Duration.ofSeconds(20),
                found -> !found.isEmpty());
        assertThat(events).hasSize(1);
        assertThat(TopicProbe.body(events.get(0))).contains("crashed-import").doesNotContain("Khôi");
        assertThat(rosters.recover()).as("nothing left to finish").isZero();
    }
}
