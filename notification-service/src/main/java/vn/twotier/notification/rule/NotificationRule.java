package vn.twotier.notification.rule;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.notification.recipient.RecipientRole;

/**
 * Which roles of which units an event type notifies. {@code condition}, when set, must be one of the event's facts
 * (e.g. {@code ENTERED_SHORT}), so a rule can ignore the events that do not matter to people. A rule may require
 * acknowledgement within a time, after which the notification escalates to {@code escalateTo} of the same province.
 */
public record NotificationRule(
        String eventType,
        @Nullable String condition,
        List<Target> targets,
        @Nullable Boolean actionRequired,
        @Nullable Duration acknowledgeWithin,
        @Nullable RecipientRole escalateTo) {

    public NotificationRule {
        targets = List.copyOf(targets);
    }

    /** Whether the recipients must acknowledge (absent in the stored JSON means no). */
    public boolean requiresAction() {
        return Boolean.TRUE.equals(actionRequired);
    }

    public boolean appliesTo(EventFacts facts) {
        return condition == null || facts.conditions().contains(condition);
    }
}
