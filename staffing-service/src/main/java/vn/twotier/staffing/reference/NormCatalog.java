package vn.twotier.staffing.reference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bson.Document;
import org.springframework.beans.factory.InitializingBean;
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
 * Staffing norms as versioned data. Seeded from the shipped CSV at start-up; every edit is a new revision, and
 * every revision is kept in {@code ref_norm_revisions}. The norm applied to a unit is the one in force on the date
 * asked, a province's own norm before the national one, the most recent period first.
 */
@Service
public class NormCatalog implements InitializingBean {

    static final String REVISIONS = "ref_norm_revisions";

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public NormCatalog(MongoTemplate mongo, ApplicationEventPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Before any event is handled: loads new rows of the shipped file, and rows the file changed since. */
    @Override
    public void afterPropertiesSet() {
        for (StaffingNorm fromFile : NormFiles.load()) {
            StaffingNorm stored = mongo.findById(fromFile.normId(), StaffingNorm.class);
            try {
                if (stored == null) {
                    mongo.insert(fromFile);
                    keepRevision(fromFile);
                } else if (stored.origin().startsWith("reference/")
                        && !fromFile.sourceHash().equals(stored.sourceHash())) {
                    replace(stored, fromFile.withRevision(stored.revision() + 1, fromFile.origin(),
                            fromFile.sourceHash()));
                }
            } catch (DuplicateKeyException | ConflictException e) {
                // another instance seeded it at the same moment
            }
        }
    }

    public List<StaffingNorm> all() {
        return mongo.find(new Query().with(Sort.by("normId")), StaffingNorm.class);
    }

    /** Norms in force on a date; for a province, its own norms plus the national ones. */
    public List<StaffingNorm> inForce(LocalDate date, String provinceCode) {
        return all().stream().filter(norm -> norm.inForceOn(date))
                .filter(norm -> norm.provinceCode() == null || norm.provinceCode().equals(provinceCode)).toList();
    }

    public StaffingNorm get(String normId) {
        StaffingNorm norm = mongo.findById(normId, StaffingNorm.class);
        if (norm == null) {
            throw new NotFoundException("norm", "No staffing norm " + normId + ".");
        }
        return norm;
    }

    public List<Map<String, Object>> revisions(String normId) {
        get(normId);
        return mongo.find(Query.query(Criteria.where("normId").is(normId)).with(Sort.by("revision")), Document.class,
                REVISIONS).stream().map(doc -> {
                    Document copy = new Document(doc);
                    copy.remove("_id");
                    copy.remove("_class");
                    return (Map<String, Object>) copy;
                }).toList();
    }

    /** The norm of {@code kind} that applies to a unit of this type, class and province on {@code date}. */
    public Optional<StaffingNorm> applicable(NormKind kind, UnitType type, String unitClass, String provinceCode,
            LocalDate date) {
        return applicable(all(), kind, type, unitClass, provinceCode, date);
    }

    /** Same, over norms already loaded (one read per province computation). */
    public static Optional<StaffingNorm> applicable(List<StaffingNorm> norms, NormKind kind, UnitType type,
            String unitClass, String provinceCode, LocalDate date) {
        return norms.stream()
                .filter(norm -> norm.kind() == kind && norm.inForceOn(date)
                        && norm.appliesTo(type, unitClass, provinceCode))
                .min(Comparator.comparing((StaffingNorm norm) -> norm.provinceCode() == null)
                        .thenComparing(StaffingNorm::effectiveFrom, Comparator.reverseOrder())
                        .thenComparing(StaffingNorm::normId));
    }

    public StaffingNorm create(StaffingNorm norm) {
        StaffingNorm created = norm.withRevision(1, "http", null);
        mongo.insert(created);
        keepRevision(created);
        publisher.publishEvent(new NormsChanged(created.provinceCode()));
        return created;
    }

    /** A new revision; {@code expectedRevision}, when given, must be the current one (no lost update). */
    public StaffingNorm revise(String normId, Long expectedRevision, java.util.function.UnaryOperator<StaffingNorm> edit) {
        StaffingNorm current = get(normId);
        if (expectedRevision != null && expectedRevision != current.revision()) {
            throw new ConflictException("stale-revision", "Norm " + normId + " is at revision " + current.revision()
                    + ", not " + expectedRevision + "; reload and try again.");
        }
        StaffingNorm revised = edit.apply(current).withRevision(current.revision() + 1, "http", null);
        replace(current, revised);
        publisher.publishEvent(new NormsChanged(current.provinceCode() != null && revised.provinceCode() != null
                && current.provinceCode().equals(revised.provinceCode()) ? revised.provinceCode() : null));
        return revised;
    }

    private void replace(StaffingNorm current, StaffingNorm revised) {
        StaffingNorm replaced = mongo.findAndReplace(
                Query.query(Criteria.where("_id").is(current.normId()).and("revision").is(current.revision())),
                revised, FindAndReplaceOptions.none());
        if (replaced == null) {
            throw new ConflictException("stale-revision", "Norm " + current.normId() + " changed meanwhile.");
        }
        keepRevision(revised);
    }

    private void keepRevision(StaffingNorm norm) {
        Document doc = new Document();
        mongo.getConverter().write(norm, doc);
        doc.put("normId", norm.normId());
        doc.put("_id", norm.normId() + "#" + norm.revision());
        doc.put("recordedAt", java.util.Date.from(clock.instant()));
        mongo.getCollection(REVISIONS).replaceOne(new Document("_id", doc.get("_id")), doc,
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
