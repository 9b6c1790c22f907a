package vn.twotier.staffing.secondment.request;

import com.mongodb.MongoWriteException;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.support.web.ConflictException;

/**
 * Serialises the steps that check "one person, one active secondment" (nomination, start) per person: the step reads
 * the person's guard version, checks the rule, then claims the version (compare-and-set) before writing. Of two
 * concurrent nominations of the same person, the second gets a 409 and, retried, sees the first.
 */
@Component
class PersonGuard {

    private static final String COLLECTION = "secondment_person_guards";

    private final MongoTemplate mongo;

    PersonGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The person's guard version, -1 when the person never had a request. */
    long read(String personId) {
        Document guard = mongo.getCollection(COLLECTION).find(Filters.eq("_id", personId)).first();
        return guard == null ? -1 : guard.get("version", Number.class).longValue();
    }

    void claim(String personId, long seen) {
        try {
            if (seen < 0) {
                mongo.getCollection(COLLECTION).insertOne(new Document("_id", personId).append("version", 0L));
                return;
            }
            if (mongo.getCollection(COLLECTION).updateOne(Filters.and(Filters.eq("_id", personId),
                    Filters.eq("version", seen)), Updates.inc("version", 1L)).getMatchedCount() == 1) {
                return;
            }
        } catch (MongoWriteException | DuplicateKeyException concurrent) {
            // another step for the same person claimed it first
        }
        throw new ConflictException("concurrent-person-change", "Một đề nghị khác của cùng người vừa được ghi; thử"
                + " lại. / Another request of the same person was just written; retry.");
    }
}
