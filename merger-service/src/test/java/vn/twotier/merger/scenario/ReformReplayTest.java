package vn.twotier.merger.scenario;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import vn.twotier.testing.TestInfrastructureConfiguration;

/** The reform replayed for Hà Tĩnh (69 units), Cao Bằng, and Đà Nẵng (an island district became a special zone). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=merger-service", "test.context=replay"})
@Import(TestInfrastructureConfiguration.class)
// one context per class: close it afterwards so its outbox relay stops polling while other classes run
@DirtiesContext
class ReformReplayTest extends ReplayTestBase {

    @Test
    void replayingTheReformAsScenariosGivesTheRegisterOfAHistoryImport() {
        replay(Set.of("42", "04", "48"));
    }
}
