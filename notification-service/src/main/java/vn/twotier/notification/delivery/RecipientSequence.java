package vn.twotier.notification.delivery;

import org.bson.Document;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** A counter per recipient: notifications are numbered in the order they were made for that recipient. */
@Component
class RecipientSequence {

    private static final String COLLECTION = "recipient_sequences";

    private final MongoTemplate mongo;

    RecipientSequence(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    long next(String recipientId) {
        Document counter = mongo.findAndModify(Query.query(Criteria.where("_id").is(recipientId)),
                new Update().inc("value", 1L), FindAndModifyOptions.options().upsert(true).returnNew(true),
                Document.class, COLLECTION);
        return ((Number) counter.get("value")).longValue();
    }
}
