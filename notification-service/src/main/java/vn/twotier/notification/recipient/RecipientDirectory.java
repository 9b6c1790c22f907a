package vn.twotier.notification.recipient;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Looks recipients up by province, unit and role. */
@Component
public class RecipientDirectory {

    private final MongoTemplate mongo;

    public RecipientDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Recipient> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Recipient.class));
    }

    /** Active recipients holding {@code role} for {@code unitCode} (the province code for province-level roles). */
    public List<Recipient> active(String unitCode, RecipientRole role) {
        return mongo.find(Query.query(Criteria.where("unitCode").is(unitCode).and("role").is(role)
                .and("active").is(true)).with(Sort.by("createdAt", "_id")), Recipient.class);
    }

    /** Active recipients holding {@code role} for one person (the seconded person, by the roster's person id). */
    public List<Recipient> activePerson(String personId, RecipientRole role) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId).and("role").is(role)
                .and("active").is(true)).with(Sort.by("createdAt", "_id")), Recipient.class);
    }

    public List<Recipient> search(@Nullable String provinceCode, @Nullable String unitCode,
            @Nullable RecipientRole role, @Nullable String personId) {
        Criteria criteria = new Criteria();
        if (personId != null) {
            criteria.and("personId").is(personId);
        }
        if (provinceCode != null) {
            criteria.and("provinceCode").is(provinceCode);
        }
        if (unitCode != null) {
            criteria.and("unitCode").is(unitCode);
        }
        if (role != null) {
            criteria.and("role").is(role);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("provinceCode", "unitCode", "role", "createdAt", "_id")),
                Recipient.class);
    }
}
