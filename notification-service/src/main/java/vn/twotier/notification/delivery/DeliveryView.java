package vn.twotier.notification.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A notification as operators see it: where it is on its channel and why it failed. */
public record DeliveryView(
        String id,
        String recipientId,
        Channel channel,
        DeliveryStatus status,
        int attempts,
        @Nullable String lastError,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant deliveredAt,
        String eventId,
        String eventType,
        Instant createdAt) {

    public static DeliveryView of(Notification n) {
        return new DeliveryView(n.getId(), n.getRecipientId(), n.getChannel(), n.getStatus(), n.getAttempts(),
                n.getLastError(), n.getNextAttemptAt(), n.getDeliveredAt(), n.getSourceEvent().id(),
                n.getSourceEvent().type(), n.getCreatedAt());
    }
}
