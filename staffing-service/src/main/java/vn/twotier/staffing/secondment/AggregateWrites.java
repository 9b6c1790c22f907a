package vn.twotier.staffing.secondment;

import java.util.List;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.support.outbox.OutboxRelay;
import vn.twotier.support.web.ConflictException;

/**
 * Writes a changed aggregate as one update: the state with {@code $set}, the new events with {@code $push}, guarded
 * by the version read. A whole-document save would write back events the relay had published and removed since the
 * aggregate was read, and they would go out twice. A version that moved meanwhile is a 409.
 */
@Component
public class AggregateWrites {

    /** Declared on each aggregate so the embedded store finds the versioned update filter by index. */
    public static final String VERSION_INDEX = "{'_id': 1, 'version': 1}";

    private final MongoTemplate mongo;
    private final OutboxRelay relay;

    public AggregateWrites(MongoTemplate mongo, OutboxRelay relay) {
        this.mongo = mongo;
        this.relay = relay;
    }

    public <T extends TrackedAggregate> T insert(T aggregate) {
        T saved = mongo.insert(aggregate);
        saved.written(saved.getVersion() == null ? 0 : saved.getVersion());
        return saved;
    }

    public <T extends TrackedAggregate> T update(T aggregate) {
        Long previous = aggregate.getVersion();
        long next = previous == null ? 0 : previous + 1;
        Document state = new Document();
        mongo.getConverter().write(aggregate, state);
        List<Document> outbox = state.getList(OutboxAggregate.OUTBOX_FIELD, Document.class, List.of());
        List<Document> fresh = outbox.subList(outbox.size() - aggregate.recordedSinceLoad(), outbox.size());
        state.remove("_id");
        state.remove("_class");
        state.remove(OutboxAggregate.OUTBOX_FIELD);
        state.put("version", next);
        Document update = new Document("$set", state);
        if (!fresh.isEmpty()) {
            update.append("$push", new Document(OutboxAggregate.OUTBOX_FIELD, new Document("$each", fresh)));
        }
        // findOneAndUpdate: the version check and the write are atomic on the embedded store too (updateOne is not)
        Document matched = mongo.getCollection(mongo.getCollectionName(aggregate.getClass()))
                .findOneAndUpdate(new Document("_id", aggregate.getId()).append("version", previous), update);
        if (matched == null) {
            throw new ConflictException("stale-version", "Hồ sơ vừa được người khác thay đổi; tải lại và thử lại."
                    + " / It was changed by someone else meanwhile; reload and retry.");
        }
        boolean events = !fresh.isEmpty();
        aggregate.written(next);
        if (events) {
            relay.nudge();
        }
        return aggregate;
    }
}
