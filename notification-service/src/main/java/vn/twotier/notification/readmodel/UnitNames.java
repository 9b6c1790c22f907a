package vn.twotier.notification.readmodel;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.mongodb.MongoWriteException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The read model of unit names, built from the register's events. A code is reused across 1 July 2025, so only a
 * version at least as new as the stored one replaces it; an older version arriving late changes nothing.
 */
@Component
public class UnitNames {

    private final MongoTemplate mongo;

    public UnitNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void remember(KnownUnit unit) {
        Query newerOrSame = Query.query(Criteria.where("_id").is(unit.unitCode()).and("validFrom")
                .lte(unit.validFrom()));
        Update update = new Update().set("name", unit.name()).set("type", unit.type())
                .set("provinceCode", unit.provinceCode()).set("validFrom", unit.validFrom())
                .set("validTo", unit.validTo());
        try {
            mongo.findAndModify(newerOrSame, update, FindAndModifyOptions.options().upsert(true), KnownUnit.class);
        } catch (DuplicateKeyException | MongoWriteException e) {
            // a newer version of this code is already known: keep it
        }
    }

    public Optional<KnownUnit> find(String unitCode) {
        return Optional.ofNullable(mongo.findById(unitCode, KnownUnit.class));
    }

    /** Names by code, in the order asked; an unknown code is named by its code. */
    public Map<String, String> names(Collection<String> unitCodes) {
        Map<String, String> names = new LinkedHashMap<>();
        unitCodes.forEach(code -> names.put(code, code));
        mongo.find(Query.query(Criteria.where("_id").in(unitCodes)), KnownUnit.class)
                .forEach(unit -> names.put(unit.unitCode(), unit.name()));
        return names;
    }
}
