package vn.twotier.staffing.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.UnitType;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;

/**
 * Population-size and natural-area standards (Res. 1211/2016 as amended by 27/2022) as versioned reference data:
 * empty by default, every edit a new revision kept in {@code ref_standard_revisions}. An edit recomputes the gaps of
 * the province (all provinces for a national standard) through {@link NormsChanged}.
 */
@Service
public class StandardCatalog {

    static final String REVISIONS = "ref_standard_revisions";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public StandardCatalog(MongoTemplate mongo, ApplicationEventPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.clock = clock;
    }

    public List<PopulationAreaStandard> all() {
        return mongo.find(new Query().with(Sort.by("_id")), PopulationAreaStandard.class);
    }

    public PopulationAreaStandard get(String standardId) {
        PopulationAreaStandard standard = mongo.findById(standardId, PopulationAreaStandard.class);
        if (standard == null) {
            throw new NotFoundException("standard", "No population/area standard " + standardId + ".");
        }
        return standard;
    }

    /** The standard for a unit of this type in this province on {@code date}: the province's own first. */
    public static Optional<PopulationAreaStandard> applicable(List<PopulationAreaStandard> standards, UnitType type,
            String provinceCode, LocalDate date) {
        return standards.stream().filter(s -> s.inForceOn(date) && s.appliesTo(type, provinceCode))
                .min(Comparator.comparing((PopulationAreaStandard s) -> s.provinceCode() == null)
                        .thenComparing(PopulationAreaStandard::effectiveFrom, Comparator.reverseOrder())
                        .thenComparing(PopulationAreaStandard::standardId));
    }

    /**
     * Creates (revision 1) or replaces (next revision) a standard. {@code expectedRevision}, when given, must be the
     * current revision (0 for a new one).
     */
    public PopulationAreaStandard save(PopulationAreaStandard standard, Long expectedRevision) {
        PopulationAreaStandard current = mongo.findById(standard.standardId(), PopulationAreaStandard.class);
        long currentRevision = current == null ? 0 : current.revision();
        if (expectedRevision != null && expectedRevision != currentRevision) {
            throw new ConflictException("stale-revision", "Standard " + standard.standardId() + " is at revision "
                    + currentRevision + ", not " + expectedRevision + "; reload and try again.");
        }
        PopulationAreaStandard saved = standard.withRevision(currentRevision + 1);
        if (current == null) {
            try {
                mongo.insert(saved);
            } catch (DuplicateKeyException concurrent) {
                throw new ConflictException("stale-revision", "Standard " + standard.standardId()
                        + " was created meanwhile; reload and try again.");
            }
        } else if (mongo.findAndReplace(Query.query(Criteria.where("_id").is(current.standardId())
                .and("revision").is(currentRevision)), saved, FindAndReplaceOptions.none()) == null) {
            throw new ConflictException("stale-revision", "Standard " + standard.standardId() + " changed meanwhile.");
        }
        keepRevision(saved);
        String province = current == null || java.util.Objects.equals(current.provinceCode(), saved.provinceCode())
                ? saved.provinceCode() : null;
        publisher.publishEvent(new NormsChanged(province));
        return saved;
    }

    public List<Map<String, Object>> revisions(String standardId) {
        get(standardId);
        return mongo.find(Query.query(Criteria.where("standardId").is(standardId)).with(Sort.by("revision")),
                Document.class, REVISIONS).stream().map(doc -> {
                    Document copy = new Document(doc);
                    copy.remove("_id");
                    copy.remove("_class");
                    return (Map<String, Object>) copy;
                }).toList();
    }

    private void keepRevision(PopulationAreaStandard standard) {
        Document doc = new Document();
        mongo.getConverter().write(standard, doc);
        doc.put("standardId", standard.standardId());
        doc.put("_id", standard.standardId() + "#" + standard.revision());
        doc.put("recordedAt", java.util.Date.from(clock.instant()));
        mongo.getCollection(REVISIONS).replaceOne(new Document("_id", doc.get("_id")), doc,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }
}
