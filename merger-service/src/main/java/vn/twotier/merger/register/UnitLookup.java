package vn.twotier.merger.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Finds unit versions by code through their ids ({@code code@validFrom}) instead of a query on {@code code}: the
 * register keeps the few dates versions start on, so the candidate ids are codes × dates and the lookup uses the
 * primary key. The embedded store ignores secondary indexes, so a query on {@code code} would read every version.
 */
@Component
public class UnitLookup {

    static final String DATES = "register_version_dates";
    private static final int CHUNK = 5000;

    private final MongoTemplate mongo;

    public UnitLookup(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Remembers the start dates of versions about to be written (before them, so no reader misses one). */
    void rememberStartDates(Collection<LocalDate> dates) {
        Set<String> distinct = new LinkedHashSet<>();
        dates.forEach(date -> distinct.add(date.toString()));
        if (distinct.isEmpty()) {
            return;
        }
        List<UpdateOneModel<Document>> upserts = distinct.stream().map(date -> new UpdateOneModel<Document>(
                new Document("_id", date), Updates.setOnInsert("since", date), new UpdateOptions().upsert(true)))
                .toList();
        mongo.getCollection(DATES).bulkWrite(upserts);
    }

    /** Every version of the given codes, oldest first per code. */
    public List<UnitVersion> versionsOf(Collection<String> codes) {
        List<String> dates = new ArrayList<>();
        mongo.getCollection(DATES).find().forEach(doc -> dates.add(doc.getString("_id")));
        List<String> ids = new ArrayList<>();
        for (String code : new LinkedHashSet<>(codes)) {
            dates.forEach(date -> ids.add(code + "@" + date));
        }
        List<UnitVersion> found = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            found.addAll(mongo.find(Query.query(Criteria.where("_id").in(ids.subList(from,
                    Math.min(from + CHUNK, ids.size())))), UnitVersion.class));
        }
        found.sort(java.util.Comparator.comparing(UnitVersion::getCode).thenComparing(UnitVersion::getValidFrom));
        return found;
    }

    /** The versions of the given codes valid on the day (at most one per code). */
    public List<UnitVersion> validOn(Collection<String> codes, LocalDate day) {
        return versionsOf(codes).stream().filter(unit -> unit.validOn(day)).toList();
    }

    public @Nullable UnitVersion validOn(String code, LocalDate day) {
        return validOn(List.of(code), day).stream().findFirst().orElse(null);
    }
}
