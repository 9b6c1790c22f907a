package vn.twotier.support.dlt;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A dead-lettered record as an operator sees it. */
public record DeadLetterRecord(
        int partition,
        long offset,
        @Nullable String key,
        @Nullable String eventId,
        @Nullable String eventType,
        @Nullable String originalTopic,
        @Nullable String consumerGroup,
        @Nullable String exception,
        @Nullable String exceptionMessage,
        Instant deadLetteredAt) {
}
