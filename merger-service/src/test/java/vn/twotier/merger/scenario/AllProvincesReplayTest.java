package vn.twotier.merger.scenario;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import vn.twotier.merger.support.SharedData;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** The slow one: the reform replayed for all 33 provinces of the file at once. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=merger-service", "test.context=replay-all"})
@Import(TestInfrastructureConfiguration.class)
// one context per class: close it afterwards so its outbox relay stops polling while other classes run
@DirtiesContext
class AllProvincesReplayTest extends ReplayTestBase {

    @Test
    void replayingTheWholeReformGivesTheRegisterOfAHistoryImport() {
        replay(SharedData.mergerRows().stream().map(row -> row.get("province_code")).collect(Collectors.toSet()));
    }
}
