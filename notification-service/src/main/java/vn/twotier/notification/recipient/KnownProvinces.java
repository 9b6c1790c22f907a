package vn.twotier.notification.recipient;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Provinces this service has heard of. The first time a province appears it gets a default organization-committee
 * recipient, so a fresh installation has someone to notify; an operator may replace or deactivate it later, and a
 * deleted default is not re-created (the province remembers that its defaults were made).
 */
@Component
public class KnownProvinces {

    static final String COLLECTION = "known_provinces";

    private final MongoTemplate mongo;
    private final Clock clock;
    /** Provinces whose defaults exist, with the name last stored: a register import repeats them thousands of times. */
    private final Map<String, String> settled = new ConcurrentHashMap<>();

    public KnownProvinces(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public static String defaultCommitteeId(String provinceCode) {
        return "committee-" + provinceCode;
    }

    /** Records the province (and its name when known) and makes its default recipients the first time. */
    public void heardOf(String provinceCode, @Nullable String provinceName) {
        String known = settled.get(provinceCode);
        if (known != null && (provinceName == null || provinceName.isBlank() || provinceName.equals(known))) {
            return;
        }
        Instant now = clock.instant();
        Update update = new Update().setOnInsert("firstSeenAt", now).setOnInsert("defaultsCreated", false);
        if (provinceName != null && !provinceName.isBlank()) {
            update.set("name", provinceName);
        }
        Document province = mongo.findAndModify(Query.query(Criteria.where("_id").is(provinceCode)), update,
                FindAndModifyOptions.options().upsert(true).returnNew(true), Document.class, COLLECTION);
        String storedName = province == null ? provinceName : province.getString("name");
        if (province == null || !Boolean.TRUE.equals(province.getBoolean("defaultsCreated"))) {
            createDefaultCommittee(provinceCode, storedName, now);
            // Only after the recipient exists: a crash in between makes the next event try again (idempotent upsert).
            mongo.updateFirst(Query.query(Criteria.where("_id").is(provinceCode)),
                    Update.update("defaultsCreated", true), COLLECTION);
        }
        settled.put(provinceCode, storedName == null ? "" : storedName);
    }

    public @Nullable String name(String provinceCode) {
        String known = settled.get(provinceCode);
        if (known != null && !known.isEmpty()) {
            return known;
        }
        Document province = mongo.findById(provinceCode, Document.class, COLLECTION);
        return province == null ? null : province.getString("name");
    }

    private void createDefaultCommittee(String provinceCode, @Nullable String provinceName, Instant now) {
        String name = RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE.vietnamese()
                + (provinceName == null ? " (" + provinceCode + ")" : " — " + provinceName);
        Recipient recipient = new Recipient(defaultCommitteeId(provinceCode), provinceCode, provinceCode,
                RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE, Normalizer.normalize(name,
                        Normalizer.Form.NFC), now);
        recipient.markCreatedByDefault();
        Document doc = new Document();
        mongo.getConverter().write(recipient, doc);
        doc.remove("_id");
        doc.remove("version");
        mongo.upsert(Query.query(Criteria.where("_id").is(recipient.getId())),
                Update.fromDocument(new Document("$setOnInsert", doc.append("version", 0L))), Recipient.class);
    }
}
