package vn.twotier.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Only one instance of a service relays at a time, so two replicas do not publish the same events twice:
 * a lease document taken with an atomic findAndModify and renewed on every cycle.
 */
class RelayLease {

    static final String COLLECTION = "outbox_relay_lease";
    private static final Duration TTL = Duration.ofSeconds(30);

    private final MongoTemplate mongo;
    private final String name;
    private final String owner = UUID.randomUUID().toString();

    RelayLease(MongoTemplate mongo, String name) {
        this.mongo = mongo;
        this.name = name;
    }

    boolean tryAcquire() {
        Instant now = Instant.now();
        try {
            mongo.getCollection(COLLECTION).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", name),
                            Filters.or(Filters.eq("owner", owner), Filters.lt("expiresAt", Date.from(now)))),
                    Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt", Date.from(now.plus(TTL)))),
                    new FindOneAndUpdateOptions().upsert(true));
            return true;
        } catch (DuplicateKeyException | MongoWriteException | MongoCommandException e) {
            return false; // another instance holds a live lease
        }
    }

    void release() {
        try {
            mongo.getCollection(COLLECTION).deleteOne(Filters.and(Filters.eq("_id", name), Filters.eq("owner", owner)));
        } catch (RuntimeException ignored) {
            // the lease expires by itself
        }
    }
}
