package vn.twotier.events.notification;

import java.time.Instant;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A notification could not be delivered after all retries; it stays replayable. */
@EventType(value = "vn.twotier.notification.notification.failed.v1", topic = Topics.NOTIFICATION_DELIVERIES)
public record NotificationFailed(
        String notificationId,
        String sourceEventId,
        String recipientId,
        String channel,
        int attempts,
        String reason,
        Instant failedAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
