package vn.twotier.notification.delivery;

import java.util.List;

import com.mongodb.client.result.UpdateResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.support.outbox.OutboxRelay;
import vn.twotier.support.outbox.PendingEvent;

/**
 * Writes a changed notification as one guarded update: its changeable fields are set and only the events recorded
 * since it was read are pushed onto the outbox. A whole-document save would write back events the relay had already
 * published and removed meanwhile (the relay's removal does not change the version), publishing them again.
 */
@Component
public class NotificationWriter {

    private final MongoTemplate mongo;
    private final ObjectProvider<OutboxRelay> relay;

    public NotificationWriter(MongoTemplate mongo, ObjectProvider<OutboxRelay> relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Stores the changes; throws {@link OptimisticLockingFailureException} if someone else changed it first. */
    public void update(Notification notification) {
        Query sameVersion = Query.query(Criteria.where("_id").is(notification.getId())
                .and("version").is(notification.getVersion()));
        Update update = new Update()
                .set("status", notification.getStatus())
                .set("deliveredAt", notification.getDeliveredAt())
                .set("readAt", notification.getReadAt())
                .set("attempts", notification.getAttempts())
                .set("nextAttemptAt", notification.getNextAttemptAt())
                .set("lastError", notification.getLastError())
                .set("claimedUntil", notification.getClaimedUntil())
                .set("acknowledgedAt", notification.getAcknowledgedAt())
                .set("escalatedAt", notification.getEscalatedAt())
                .inc("version", 1);
        List<PendingEvent> recorded = notification.recordedSinceRead();
        if (!recorded.isEmpty()) {
            update.push(OutboxAggregate.OUTBOX_FIELD).each(recorded.stream()
                    .map(event -> mongo.getConverter().convertToMongoType(event)).toArray());
        }
        UpdateResult result = mongo.updateFirst(sameVersion, update, Notification.class);
        if (result.getMatchedCount() == 0) {
            throw new OptimisticLockingFailureException("Notification " + notification.getId()
                    + " changed since it was read");
        }
        if (!recorded.isEmpty()) {
            relay.ifAvailable(OutboxRelay::nudge);
        }
    }
}
