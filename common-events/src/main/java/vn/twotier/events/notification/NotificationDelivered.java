package vn.twotier.events.notification;

import java.time.Instant;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A notification reached a recipient on one channel. */
@EventType(value = "vn.twotier.notification.notification.delivered.v1", topic = Topics.NOTIFICATION_DELIVERIES)
public record NotificationDelivered(
        String notificationId,
        String sourceEventId,
        String sourceEventType,
        String recipientId,
        String channel,
        Instant deliveredAt) implements DomainEvent {

    @Override
    public String aggregateId() {
        return notificationId;
    }
}
