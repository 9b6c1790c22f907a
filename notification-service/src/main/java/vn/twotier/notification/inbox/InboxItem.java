package vn.twotier.notification.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.message.LocalizedText;

/** One entry of a recipient's in-app inbox; an action-required entry waits for an acknowledgement. */
public record InboxItem(
        String id,
        long sequence,
        String eventId,
        String eventType,
        @Nullable String subject,
        LocalizedText title,
        LocalizedText body,
        Instant createdAt,
        boolean read,
        @Nullable Instant readAt,
        boolean actionRequired,
        @Nullable Instant acknowledgeBy,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant escalatedAt,
        @Nullable String escalationOf) {

    static InboxItem of(Notification notification) {
        return new InboxItem(notification.getId(), notification.getSequence(), notification.getSourceEvent().id(),
                notification.getSourceEvent().type(), notification.getSourceEvent().subject(),
                notification.getMessage().title(), notification.getMessage().body(), notification.getCreatedAt(),
                notification.getReadAt() != null, notification.getReadAt(), notification.isActionRequired(),
                notification.getAcknowledgeBy(), notification.getAcknowledgedAt(), notification.getEscalatedAt(),
                notification.getEscalationOf());
    }
}
