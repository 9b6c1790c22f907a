package vn.twotier.notification.rule;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which roles of which units an event type notifies. {@code condition}, when set, must be one of the event's facts
 * (e.g. {@code ENTERED_SHORT}), so a rule can ignore the events that do not matter to people.
 */
public record NotificationRule(String eventType, @Nullable String condition, List<Target> targets) {

    public boolean appliesTo(EventFacts facts) {
        return condition == null || facts.conditions().contains(condition);
    }
}
