package vn.twotier.staffing.secondment.request;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.support.web.ConflictException;

/**
 * Makes "one person, one active secondment" hold under concurrency. A nomination (or a start) reads the person's
 * guard, checks the rule against the stored requests plus the claims in the guard, then claims the guard's version
 * (compare-and-set) with its own period before writing the request. A concurrent step either sees that claim (and
 * the rule refuses) or loses the compare-and-set (409, retry). A claim whose request never got written (crash) stops
 * counting after {@link #CLAIM_TTL}.
 */
@Component
class PersonGuard {

    static final Duration CLAIM_TTL = Duration.ofMinutes(5);
    private static final String COLLECTION = "secondment_person_guards";

    /** The guard as read: its version (-1 when absent) and its claims. */
    record Guard(long version, List<Claim> claims) {
    }

    /** A period claimed by a request id; {@code active} for a start. */
    record Claim(String requestId, LocalDate start, @Nullable LocalDate end, boolean active, Instant at) {
    }

    private final MongoTemplate mongo;

    PersonGuard(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Guard read(String personId) {
        Document guard = mongo.getCollection(COLLECTION).find(Filters.eq("_id", personId)).first();
        if (guard == null) {
            return new Guard(-1, List.of());
        }
        List<Claim> claims = new ArrayList<>();
        for (Document claim : guard.getList("claims", Document.class, List.of())) {
            String end = claim.getString("end");
            claims.add(new Claim(claim.getString("requestId"), LocalDate.parse(claim.getString("start")),
                    end == null ? null : LocalDate.parse(end), claim.getBoolean("active", false),
                    claim.getDate("at").toInstant()));
        }
        return new Guard(guard.get("version", Number.class).longValue(), claims);
    }

    void claim(String personId, Guard seen, Claim claim) {
        Document entry = new Document("requestId", claim.requestId()).append("start", claim.start().toString())
                .append("end", claim.end() == null ? null : claim.end().toString()).append("active", claim.active())
                .append("at", Date.from(claim.at()));
        try {
            // findOneAndUpdate is atomic on the embedded store too; an upsert meeting an existing guard is a
            // duplicate key, an update meeting a newer version matches nothing
            Document claimed = mongo.getCollection(COLLECTION).findOneAndUpdate(
                    Filters.and(Filters.eq("_id", personId), seen.version() < 0 ? Filters.exists("version", false)
                            : Filters.eq("version", seen.version())),
                    Updates.combine(Updates.set("version", seen.version() + 1), Updates.push("claims", entry)),
                    new FindOneAndUpdateOptions().upsert(seen.version() < 0).returnDocument(ReturnDocument.AFTER));
            if (claimed != null) {
                return;
            }
        } catch (MongoWriteException | MongoCommandException | DuplicateKeyException concurrent) {
            // another step for the same person claimed it first
        }
        throw new ConflictException("concurrent-person-change", "Một đề nghị khác của cùng người vừa được ghi; thử"
                + " lại. / Another request of the same person was just written; retry.");
    }
}
