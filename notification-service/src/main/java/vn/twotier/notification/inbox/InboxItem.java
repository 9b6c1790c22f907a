package vn.twotier.notification.inbox;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.message.LocalizedText;

/** One entry of a recipient's in-app inbox. */
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
        @Nullable Instant readAt) {

    static InboxItem of(Notification notification) {
        return new InboxItem(notification.getId(), notification.getSequence(), notification.getSourceEvent().id(),
                notification.getSourceEvent().type(), notification.getSourceEvent().subject(),
                notification.getMessage().title(), notification.getMessage().body(), notification.getCreatedAt(),
                notification.getReadAt() != null, notification.getReadAt());
    }
}
