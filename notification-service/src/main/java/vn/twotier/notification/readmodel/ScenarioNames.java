package vn.twotier.notification.readmodel;

import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Scenario names from drafts and revisions, so later events (which carry only the id) can be named. */
@Component
public class ScenarioNames {

    private static final String COLLECTION = "scenarios";

    private final MongoTemplate mongo;

    public ScenarioNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Keeps the name of the highest revision seen; a late older revision changes nothing. */
    public void remember(String scenarioId, long revision, String name) {
        Query query = Query.query(Criteria.where("_id").is(scenarioId));
        Document current = mongo.findOne(query, Document.class, COLLECTION);
        if (current != null && current.get("revision", Number.class).longValue() > revision) {
            return;
        }
        mongo.upsert(query, new Update().set("name", name).set("revision", revision), COLLECTION);
    }

    public Optional<String> name(String scenarioId) {
        return Optional.ofNullable(mongo.findById(scenarioId, Document.class, COLLECTION))
                .map(doc -> doc.getString("name"));
    }
}
