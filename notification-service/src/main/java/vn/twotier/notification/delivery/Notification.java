package vn.twotier.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.notification.NotificationDelivered;
import vn.twotier.events.notification.NotificationEscalated;
import vn.twotier.events.notification.NotificationFailed;
import vn.twotier.notification.message.Message;
import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.recipient.RecipientRole;
import vn.twotier.notification.rule.NotificationRule;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * One notification of one event to one recipient on one channel. The unique index on (event key, recipient, channel)
 * makes a redelivered event unable to notify twice; its delivery events ride in the same document. The event key is
 * the source event's id, or, for an escalation, the id of the notification that was not acknowledged.
 */
@Document("notifications")
@CompoundIndexes({
        @CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true),
        @CompoundIndex(name = "once_per_event_recipient_channel",
                def = "{'eventKey': 1, 'recipientId': 1, 'channel': 1}", unique = true),
        @CompoundIndex(name = "inbox", def = "{'recipientId': 1, 'channel': 1, 'sequence': -1}"),
        @CompoundIndex(name = "due", def = "{'channel': 1, 'status': 1, 'nextAttemptAt': 1}"),
        @CompoundIndex(name = "overdue", def = "{'actionRequired': 1, 'acknowledgedAt': 1, 'escalatedAt': 1, 'acknowledgeBy': 1}")
})
public class Notification extends OutboxAggregate {

    private static final String ESCALATION_KEY = "escalation:";

    private String eventKey;
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
    /** A sender holds the notification until then; another instance may take it over after a crash. */
    private @Nullable Instant claimedUntil;
    /** An e-mail to a digest recipient waits for the next digest instead of going out alone. */
    private boolean digest;
    private long ruleSetVersion;
    /** Set when the rule asks for an answer: who must acknowledge by when, and who hears of it otherwise. */
    private boolean actionRequired;
    private @Nullable Instant acknowledgeBy;
    private @Nullable RecipientRole escalateTo;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Instant escalatedAt;
    private @Nullable String escalationOf;

    protected Notification() {
    }

    private Notification(String eventKey, SourceEvent sourceEvent, String recipientId, String provinceCode,
            Channel channel, long sequence, Message message, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.eventKey = eventKey;
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

    public static Notification create(SourceEvent sourceEvent, DeliveryPlan plan, Channel channel, long sequence,
            Message message, Instant now) {
        Recipient recipient = plan.recipient();
        Notification notification = new Notification(sourceEvent.id(), sourceEvent, recipient.getId(),
                recipient.getProvinceCode(), channel, sequence, message, now);
        notification.ruleSetVersion = plan.ruleSetVersion();
        notification.digest = channel == Channel.EMAIL && recipient.isDigest();
        NotificationRule rule = plan.rule();
        if (rule.requiresAction()) {
            notification.acknowledgeBy = rule.acknowledgeWithin() == null ? null : now.plus(rule.acknowledgeWithin());
            // The answer is asked for once, in the inbox; the other channels carry the news and the deadline.
            notification.actionRequired = channel == Channel.IN_APP;
            notification.escalateTo = notification.actionRequired ? rule.escalateTo() : null;
        }
        notification.arrive(now);
        return notification;
    }

    /** The notice to the next role that {@code original} was not acknowledged in time. */
    public static Notification escalation(Notification original, Recipient recipient, Channel channel, long sequence,
            Message message, Instant now) {
        Notification notification = new Notification(ESCALATION_KEY + original.id, original.sourceEvent,
                recipient.getId(), recipient.getProvinceCode(), channel, sequence, message, now);
        notification.ruleSetVersion = original.ruleSetVersion;
        notification.escalationOf = original.id;
        notification.digest = channel == Channel.EMAIL && recipient.isDigest();
        notification.arrive(now);
        return notification;
    }

    private void arrive(Instant now) {
        if (channel == Channel.IN_APP) {
            delivered(now); // storing it in the inbox is the delivery
        }
    }

    public boolean acknowledge(Instant now) {
        if (!actionRequired) {
            throw new IllegalStateException("This notification does not ask for an acknowledgement");
        }
        if (acknowledgedAt != null) {
            return false;
        }
        acknowledgedAt = now;
        if (readAt == null) {
            readAt = now;
        }
        return true;
    }

    public boolean isOverdue(Instant now) {
        return actionRequired && acknowledgedAt == null && escalatedAt == null && acknowledgeBy != null
                && !now.isBefore(acknowledgeBy);
    }

    /** Records that the next role was told; {@code to} may be empty when nobody holds that role yet. */
    public void escalated(List<Recipient> to, Instant now) {
        escalatedAt = now;
        for (Recipient recipient : to) {
            record(new NotificationEscalated(id, sourceEvent.id(), recipientId, recipient.getId(),
                    recipient.getRole().name(), now), now);
        }
    }

    public void delivered(Instant now) {
        status = DeliveryStatus.DELIVERED;
        deliveredAt = now;
        nextAttemptAt = null;
        claimedUntil = null;
        attempts++;
        lastError = null;
        record(new NotificationDelivered(id, sourceEvent.id(), sourceEvent.type(), recipientId, channel.name(), now),
                now);
    }

    /** A failed attempt: retried at {@code retryAt}, or, when there is none left, failed for good (until replayed). */
    public void attemptFailed(String error, @Nullable Instant retryAt, Instant now) {
        attempts++;
        lastError = error;
        claimedUntil = null;
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
        claimedUntil = null;
    }

    public boolean markRead(Instant now) {
        if (readAt != null) {
            return false;
        }
        readAt = now;
        return true;
    }

    public boolean isDigest() {
        return digest;
    }

    public @Nullable Instant getClaimedUntil() {
        return claimedUntil;
    }

    public String getEventKey() {
        return eventKey;
    }

    public long getRuleSetVersion() {
        return ruleSetVersion;
    }

    public boolean isActionRequired() {
        return actionRequired;
    }

    public @Nullable Instant getAcknowledgeBy() {
        return acknowledgeBy;
    }

    public @Nullable RecipientRole getEscalateTo() {
        return escalateTo;
    }

    public @Nullable Instant getAcknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Instant getEscalatedAt() {
        return escalatedAt;
    }

    public @Nullable String getEscalationOf() {
        return escalationOf;
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
