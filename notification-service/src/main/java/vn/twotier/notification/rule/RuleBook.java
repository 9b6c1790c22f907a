package vn.twotier.notification.rule;

import java.util.List;

import org.springframework.stereotype.Component;
import vn.twotier.events.EventCatalog;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.recipient.RecipientRole;

/** The rules in force, by event type. */
@Component
public class RuleBook {

    private final List<NotificationRule> rules = List.of(
            new NotificationRule(EventCatalog.of(RegisterImported.class).type(), null,
                    List.of(new Target(RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE, Scope.PROVINCE))));

    public List<NotificationRule> rulesFor(String eventType) {
        return rules.stream().filter(rule -> rule.eventType().equals(eventType)).toList();
    }
}
