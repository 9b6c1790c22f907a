package vn.twotier.events.notification;

import java.time.Instant;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A notification needing action was not acknowledged in time and went to the next role. */
@EventType(value = "vn.twotier.notification.notification.escalated.v1", topic = Topics.NOTIFICATION_DELIVERIES)
public record NotificationEscalated(
        String notificationId,
        String sourceEventId,
        String fromRecipientId,
        String toRecipientId,
        String toRole,
        Instant escalatedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
