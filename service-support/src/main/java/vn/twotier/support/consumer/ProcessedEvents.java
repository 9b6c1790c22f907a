package vn.twotier.support.consumer;

import java.time.Clock;
import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

/** Ids of the events this service has applied; a redelivered event is recognised and skipped. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;
    private final Clock clock;

    public ProcessedEvents(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        // Redeliveries happen within minutes; ids are kept 90 days.
        mongo.indexOps(COLLECTION).createIndex(new Index("processedAt", org.springframework.data.domain.Sort.Direction.ASC)
                .expire(90, TimeUnit.DAYS));
    }

    public boolean contains(String eventId) {
        // a find by _id is an index look-up on every store; countDocuments is an aggregation that the embedded
        // store answers by scanning the whole collection, which made each event slower than the last
        return mongo.getCollection(COLLECTION).find(new Document("_id", eventId)).limit(1).first() != null;
    }

    public void add(String eventId, String type) {
        try {
            mongo.getCollection(COLLECTION).insertOne(new Document("_id", eventId).append("type", type)
                    .append("processedAt", Date.from(clock.instant())));
        } catch (DuplicateKeyException | com.mongodb.MongoWriteException e) {
            // a concurrent redelivery got there first: nothing to do
        }
    }
}
