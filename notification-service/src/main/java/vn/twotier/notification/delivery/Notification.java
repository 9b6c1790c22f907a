package vn.twotier.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.notification.NotificationDelivered;
import vn.twotier.events.notification.NotificationFailed;
import vn.twotier.notification.message.Message;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * One notification of one event to one recipient on one channel. The unique index on (source event id, recipient,
 * channel) makes a redelivered event unable to notify twice; its delivery events ride in the same document.
 */
@Document("notifications")
@CompoundIndexes({
        @CompoundIndex(name = "once_per_event_recipient_channel",
                def = "{'sourceEvent.id': 1, 'recipientId': 1, 'channel': 1}", unique = true),
        @CompoundIndex(name = "inbox", def = "{'recipientId': 1, 'channel': 1, 'sequence': -1}"),
        @CompoundIndex(name = "due", def = "{'channel': 1, 'status': 1, 'nextAttemptAt': 1}")
})
public class Notification extends OutboxAggregate {

    private SourceEvent sourceEvent;
    private String recipientId;
    private String provinceCode;
    private Channel channel;
    private DeliveryStatus status;
    /** Position in the recipient's stream, so a recipient sees notifications in the order they were made. */
    private long sequence;
    private Message message;
    private Instant createdAt;
    private @Nullable Instant deliveredAt;
    private @Nullable Instant readAt;
    private int attempts;
    private @Nullable Instant nextAttemptAt;
    private @Nullable String lastError;

    protected Notification() {
    }

    private Notification(SourceEvent sourceEvent, String recipientId, String provinceCode, Channel channel,
            long sequence, Message message, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.sourceEvent = sourceEvent;
        this.recipientId = recipientId;
        this.provinceCode = provinceCode;
        this.channel = channel;
        this.status = DeliveryStatus.PENDING;
        this.sequence = sequence;
        this.message = message;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    public static Notification create(SourceEvent sourceEvent, String recipientId, String provinceCode,
            Channel channel, long sequence, Message message, Instant now) {
        Notification notification = new Notification(sourceEvent, recipientId, provinceCode, channel, sequence,
                message, now);
        if (channel == Channel.IN_APP) {
            notification.delivered(now); // storing it in the inbox is the delivery
        }
        return notification;
    }

    public void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        attempts++;
        lastError = null;
        record(new NotificationDelivered(id, sourceEvent.id(), sourceEvent.type(), recipientId, channel.name(), now),
                now);
    }

    /** A failed attempt: retried at {@code retryAt}, or, when there is none left, failed for good (until replayed). */
    public void attemptFailed(String error, @Nullable Instant retryAt, Instant now) {
        attempts++;
        lastError = error;
        if (retryAt != null) {
            nextAttemptAt = retryAt;
            return;
        }
        status = DeliveryStatus.FAILED;
        nextAttemptAt = null;
        record(new NotificationFailed(id, sourceEvent.id(), recipientId, channel.name(), attempts, error, now), now);
    }

    /** An operator sends a failed notification again, with a fresh set of attempts. */
    public void replay(Instant now) {
        if (status != DeliveryStatus.FAILED) {
            throw new IllegalStateException("Only failed notifications can be replayed");
        }
        status = DeliveryStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
    }

    public boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    public SourceEvent getSourceEvent() {
        return sourceEvent;
    }

    public String getRecipientId() {
        return recipientId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public Channel getChannel() {
        return channel;
    }

    public DeliveryStatus getStatus() {
        return status;
    }

    public long getSequence() {
        return sequence;
    }

    public Message getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getDeliveredAt() {
        return deliveredAt;
    }

    public @Nullable Instant getReadAt() {
        return readAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public @Nullable Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }
}
