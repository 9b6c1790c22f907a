package vn.twotier.events;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * CloudEvents attributes of one event. {@code correlationId} ties together everything one user action caused;
 * {@code causationId} is the id of the event (or request) that directly caused this one.
 */
public record EventMetadata(
        String id,
        String source,
        String type,
        OffsetDateTime time,
        String subject,
        @Nullable String correlationId,
        @Nullable String causationId) {
}
