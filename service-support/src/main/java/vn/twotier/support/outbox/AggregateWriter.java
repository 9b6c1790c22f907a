package vn.twotier.support.outbox;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.UpdateOneModel;
import org.bson.Document;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Writes aggregates with their new events in one atomic single-document write each. A changed aggregate is written
 * as one update: the state with {@code $set} and only the events recorded since it was loaded with {@code $push},
 * guarded by the version read. A whole-document save would write back events the relay had published and removed
 * after the aggregate was loaded, and they would go out a second time. A version that moved meanwhile is an
 * {@link OptimisticLockingFailureException} (409 over HTTP).
 */
public class AggregateWriter {

    /**
     * Declare on every aggregate ({@code @CompoundIndex(def = AggregateWriter.VERSION_INDEX)}): the embedded store
     * uses an index only when a query's fields are exactly an index's, so the versioned filter needs this one.
     */
    public static final String VERSION_INDEX = "{'_id': 1, 'version': 1}";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateWriter(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    /** Stores a new aggregate with its events; a duplicate id is a {@code DuplicateKeyException}. */
    public <T extends OutboxAggregate> T insert(T aggregate) {
        T saved = mongo.insert(aggregate);
        boolean events = saved.recordedSinceLoad() > 0;
        saved.written(saved.getVersion() == null ? 0 : saved.getVersion());
        if (events) {
            relay.nudge();
        }
        return saved;
    }

    /** Inserts an aggregate never stored (no version yet), else updates it. */
    public <T extends OutboxAggregate> T save(T aggregate) {
        return aggregate.getVersion() == null ? insert(aggregate) : update(aggregate);
    }

    public <T extends OutboxAggregate> T update(T aggregate) {
        updateAll(List.of(aggregate), aggregate.getClass());
        return aggregate;
    }

    /** Updates aggregates of one class in one bulk write; fails if any was changed since it was read. */
    public void updateAll(List<? extends OutboxAggregate> aggregates, Class<?> type) {
        if (aggregates.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> models = new ArrayList<>();
        boolean events = false;
        for (OutboxAggregate aggregate : aggregates) {
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

    private UpdateOneModel<Document> model(OutboxAggregate aggregate) {
        Long previous = aggregate.getVersion();
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        List<Document> outbox = state.getList(OutboxAggregate.OUTBOX_FIELD, Document.class, List.of());
        List<Document> fresh = outbox.subList(outbox.size() - aggregate.recordedSinceLoad(), outbox.size());
        state.remove("_id");
        state.remove(OutboxAggregate.OUTBOX_FIELD);
        state.put("version", next(previous));
        Document update = new Document("$set", state);
        // the converter leaves null properties out: unset them, or a field cleared in Java would keep its old value
        Document cleared = new Document();
        mongo.getConverter().getMappingContext().getRequiredPersistentEntity(aggregate.getClass())
                .doWithProperties((org.springframework.data.mapping.PropertyHandler<
                        org.springframework.data.mongodb.core.mapping.MongoPersistentProperty>) property -> {
                    String field = property.getFieldName();
                    if (!property.isIdProperty() && !state.containsKey(field)
                            && !OutboxAggregate.OUTBOX_FIELD.equals(field)) {
                        cleared.append(field, "");
                    }
                });
        if (!cleared.isEmpty()) {
            update.append("$unset", cleared);
        }
        if (!fresh.isEmpty()) {
            update.append("$push", new Document(OutboxAggregate.OUTBOX_FIELD, new Document("$each", fresh)));
        }
        // a flat {_id, version} filter, so the store can use the (_id, version) index (see VERSION_INDEX)
        return new UpdateOneModel<>(new Document("_id", aggregate.getId()).append("version", previous), update);
    }

    private static long next(Long version) {
        return version == null ? 0 : version + 1;
    }
}
