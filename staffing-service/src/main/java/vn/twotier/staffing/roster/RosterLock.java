package vn.twotier.staffing.roster;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Updates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * One roster change at a time, across threads and instances: two merges can feed the same successor from events on
 * different partitions, and each reads the successor's staff before writing it. Roster changes are rare (imports,
 * mergers), so one lease for all rosters costs nothing worth a finer lock. Reentrant within a thread.
 */
@Component
class RosterLock {

    private static final String COLLECTION = "roster_lock";
    private static final Duration TTL = Duration.ofMinutes(2);
    private static final Duration WAIT = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final ReentrantLock local = new ReentrantLock();

    RosterLock(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    <T> T withLock(Supplier<T> work) {
        local.lock();
        String owner = null;
        try {
            if (local.getHoldCount() == 1) {
                owner = acquire();
            }
            return work.get();
        } finally {
            if (owner != null) {
                mongo.getCollection(COLLECTION).deleteOne(Filters.and(Filters.eq("_id", "rosters"),
                        Filters.eq("owner", owner)));
            }
            local.unlock();
        }
    }

    private String acquire() {
        String owner = UUID.randomUUID().toString();
        Instant deadline = Instant.now().plus(WAIT);
        while (true) {
            Instant now = Instant.now();
            try {
                mongo.getCollection(COLLECTION).findOneAndUpdate(
                        Filters.and(Filters.eq("_id", "rosters"), Filters.lt("expiresAt", Date.from(now))),
                        Updates.combine(Updates.set("owner", owner), Updates.set("expiresAt",
                                Date.from(now.plus(TTL)))),
                        new FindOneAndUpdateOptions().upsert(true));
                return owner;
            } catch (DuplicateKeyException | MongoWriteException | MongoCommandException held) {
                if (now.isAfter(deadline)) {
                    throw new IllegalStateException("Rosters stayed locked by another instance for " + WAIT);
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("Interrupted while waiting for the roster lock", e);
                }
            }
        }
    }
}
