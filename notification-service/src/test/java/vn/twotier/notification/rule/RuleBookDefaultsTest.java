package vn.twotier.notification.rule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.json.JsonMapper;
import vn.twotier.notification.recipient.RecipientRole;
import vn.twotier.testing.TestInfrastructure;

/** A new release's default rules reach installations nobody has customised, and never overwrite an operator's edit. */
class RuleBookDefaultsTest {

    private final MongoClient client = MongoClients.create(TestInfrastructure.endpoints().mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client, "rules_" + UUID.randomUUID().toString()
            .substring(0, 8));

    @AfterEach
    void close() {
        client.close();
    }

    private RuleBook ruleBook() {
        return new RuleBook(mongo, new RuleValidator(), JsonMapper.builder().build(), Clock.systemUTC());
    }

    @Test
    void untouchedOldDefaultsAreReplacedByTheShippedOnes() {
        RuleBook book = ruleBook();
        book.afterSingletonsInstantiated();
        List<NotificationRule> shipped = book.current().rules();
        mongo.insert(new RuleSet(2, shipped.subList(0, 3), Instant.now(), RuleBook.SYSTEM, "an older release"));

        RuleBook restarted = ruleBook();
        restarted.afterSingletonsInstantiated();

        assertThat(restarted.current().version()).isEqualTo(3);
        assertThat(restarted.current().rules()).isEqualTo(shipped);
        restarted.afterSingletonsInstantiated();
        assertThat(restarted.history()).as("no new version when nothing changed").hasSize(3);
    }

    @Test
    void anOperatorsEditIsKept() {
        RuleBook book = ruleBook();
        book.afterSingletonsInstantiated();
        List<NotificationRule> edited = new ArrayList<>(book.current().rules().subList(0, 2));
        edited.add(new NotificationRule("vn.twotier.merger.unit.retired.v1", null,
                List.of(new Target(RecipientRole.COMMUNE_CHAIR, Scope.EVENT_UNITS)), null, null, null));
        book.replace(1, edited, "Sở Nội vụ", "only what we need");

        RuleBook restarted = ruleBook();
        restarted.afterSingletonsInstantiated();

        assertThat(restarted.current().version()).isEqualTo(2);
        assertThat(restarted.current().rules()).isEqualTo(edited);
    }
}
