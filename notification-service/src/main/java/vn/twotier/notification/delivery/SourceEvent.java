package vn.twotier.notification.delivery;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** The event a notification is about, kept whole so a webhook can forward it as the CloudEvent it was. */
public record SourceEvent(
        String id,
        String type,
        String source,
        @Nullable String subject,
        Instant time,
        @Nullable String correlationId,
        String data) {
}
