package vn.twotier.merger.store;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.support.outbox.OutboxRelay;

/**
 * Writes changed aggregates as one update each: the state with {@code $set} and the new events with {@code $push},
 * guarded by the version read. A whole-document save would write back events the relay published and removed
 * after the aggregate was loaded, and they would be published a second time.
 */
@Component
public class AggregateUpdates {

    /**
     * Declared on every tracked aggregate: the embedded store looks a document up by index only when the query's
     * fields are exactly an index's fields, so the versioned update filter needs this index to avoid a full scan.
     */
    public static final String VERSION_INDEX = "{'_id': 1, 'version': 1}";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateUpdates(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <T extends TrackedAggregate> T update(T aggregate) {
        updateAll(List.of(aggregate), aggregate.getClass());
        return aggregate;
    }

    /** Updates aggregates of one class in one bulk write; fails if any was changed since it was read. */
    public void updateAll(List<? extends TrackedAggregate> aggregates, Class<?> type) {
        if (aggregates.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> models = new ArrayList<>();
        boolean events = false;
        for (TrackedAggregate aggregate : aggregates) {
            models.add(model(aggregate));
            events |= aggregate.recordedSinceLoad() > 0;
        }
        BulkWriteResult result = mongo.getCollection(mongo.getCollectionName(type))
                .bulkWrite(models, new BulkWriteOptions().ordered(false));
        if (result.getMatchedCount() != models.size()) {
            throw new OptimisticLockingFailureException((models.size() - result.getMatchedCount()) + " of "
                    + models.size() + " documents were changed by someone else since they were read");
        }
        aggregates.forEach(aggregate -> aggregate.written(next(aggregate.getVersion())));
        if (events) {
            relay.nudge();
        }
    }

    private UpdateOneModel<Document> model(TrackedAggregate aggregate) {
        Long previous = aggregate.getVersion();
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        List<Document> outbox = state.getList(OutboxAggregate.OUTBOX_FIELD, Document.class, List.of());
        List<Document> fresh = outbox.subList(outbox.size() - aggregate.recordedSinceLoad(), outbox.size());
        state.remove("_id");
        state.remove(OutboxAggregate.OUTBOX_FIELD);
        state.put("version", next(previous));
        Document update = new Document("$set", state);
        if (!fresh.isEmpty()) {
            update.append("$push", new Document(OutboxAggregate.OUTBOX_FIELD, new Document("$each", fresh)));
        }
        // a flat {_id, version} document, so the store can use the (_id, version) index (see VERSION_INDEX)
        Bson filter = new Document("_id", aggregate.getId()).append("version", previous);
        return new UpdateOneModel<>(filter, update);
    }

    private static long next(Long version) {
        return version == null ? 0 : version + 1;
    }
}
