package vn.twotier.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.recipient.RecipientDirectory;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;

/** The in-app channel as a recipient sees it: list, unread count, mark read. */
@Component
public class Inbox {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final RecipientDirectory directory;
    private final Clock clock;

    public Inbox(MongoTemplate mongo, AggregateWriter writer, RecipientDirectory directory, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.directory = directory;
        this.clock = clock;
    }

    public InboxPage page(String recipientId, boolean unreadOnly, int offset, int limit) {
        requireRecipient(recipientId);
        Criteria all = inbox(recipientId);
        long total = mongo.count(Query.query(all), Notification.class);
        long unread = mongo.count(Query.query(inbox(recipientId).and("readAt").is(null)), Notification.class);
        Criteria listed = unreadOnly ? inbox(recipientId).and("readAt").is(null) : all;
        var items = mongo.find(Query.query(listed).with(Sort.by(Sort.Direction.DESC, "sequence")).skip(offset)
                .limit(limit), Notification.class).stream().map(InboxItem::of).toList();
        return new InboxPage(recipientId, total, unread, items);
    }

    /** Entries after {@code sequence}, oldest first: what a reconnecting live stream missed. */
    public List<InboxItem> after(String recipientId, long sequence) {
        requireRecipient(recipientId);
        return mongo.find(Query.query(inbox(recipientId).and("sequence").gt(sequence))
                .with(Sort.by("sequence")).limit(500), Notification.class).stream().map(InboxItem::of).toList();
    }

    public InboxItem markRead(String recipientId, String notificationId) {
        requireRecipient(recipientId);
        Notification notification = mongo.findOne(Query.query(inbox(recipientId).and("_id").is(notificationId)),
                Notification.class);
        if (notification == null) {
            throw new NotFoundException("notification", "No notification " + notificationId + " in the inbox of "
                    + recipientId + ".");
        }
        if (notification.markRead(clock.instant())) {
            writer.update(notification);
        }
        return InboxItem.of(notification);
    }

    /** Confirms an action-required notification; a second confirmation changes nothing. */
    public InboxItem acknowledge(String recipientId, String notificationId) {
        requireRecipient(recipientId);
        Notification notification = mongo.findOne(Query.query(inbox(recipientId).and("_id").is(notificationId)),
                Notification.class);
        if (notification == null) {
            throw new NotFoundException("notification", "No notification " + notificationId + " in the inbox of "
                    + recipientId + ".");
        }
        if (!notification.isActionRequired()) {
            throw new ConflictException("no-acknowledgement-needed",
                    "Notification " + notificationId + " does not ask for an acknowledgement.");
        }
        if (notification.acknowledge(clock.instant())) {
            writer.update(notification); // a concurrent escalation makes this a 409: reload and see
        }
        return InboxItem.of(notification);
    }

    private void requireRecipient(String recipientId) {
        if (directory.byId(recipientId).isEmpty()) {
            throw new NotFoundException("recipient", "No recipient " + recipientId + ".");
        }
    }

    private static Criteria inbox(String recipientId) {
        return Criteria.where("recipientId").is(recipientId).and("channel").is(Channel.IN_APP);
    }
}
