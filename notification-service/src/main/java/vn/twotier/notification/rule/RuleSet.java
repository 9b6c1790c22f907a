package vn.twotier.notification.rule;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of the notification rules. Versions are never changed: an edit stores the next version, so every
 * notification can say which rules sent it, and an earlier version can be read (or restored) at any time.
 */
@Document("notification_rule_sets")
public record RuleSet(
        @Id long version,
        List<NotificationRule> rules,
        Instant createdAt,
        String createdBy,
        @Nullable String comment) {

    public List<NotificationRule> rulesFor(String eventType) {
        return rules.stream().filter(rule -> rule.eventType().equals(eventType)).toList();
    }
}
