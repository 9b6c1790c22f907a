package vn.twotier.staffing.reference;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.support.web.NotFoundException;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * The position catalogue, departments and specialties. Seeded from the shipped CSV files at start-up (items a user
 * edited over HTTP are left alone), editable afterwards. Per-position norms are read-only data from the files.
 */
@Service
public class PositionCatalog implements InitializingBean {

    private final MongoTemplate mongo;
    private final List<PositionNorm> positionNorms;

    public PositionCatalog(MongoTemplate mongo) {
        this.mongo = mongo;
        this.positionNorms = ReferenceCsv.read("position_norms.csv").stream()
                .map(row -> new PositionNorm(row.get("norm_set"), row.get("position_code"),
                        Integer.parseInt(row.get("count"))))
                .toList();
    }

    @Override
    public void afterPropertiesSet() {
        ReferenceCsv.read("specialties.csv").forEach(row -> seed(new Specialty(row.get("code"), row.get("name_vi"),
                row.get("name_en"), Boolean.parseBoolean(row.get("reported_when_missing")))));
        ReferenceCsv.read("departments.csv").forEach(row -> seed(new Department(row.get("code"), row.get("name_vi"),
                row.get("name_en"), Block.valueOf(row.get("block")))));
        for (Map<String, String> row : ReferenceCsv.read("positions.csv")) {
            Position fromFile = new Position(row.get("code"), row.get("name_vi"), row.get("name_en"),
                    row.get("department"), Block.valueOf(row.get("block")), StaffCategory.valueOf(row.get("category")),
                    row.get("specialty"), row.get("role"), row.get("era"), 1, "reference/positions.csv");
            Position stored = mongo.findById(fromFile.code(), Position.class);
            if (stored == null) {
                seed(fromFile);
            } else if (stored.origin().startsWith("reference/") && !sameContent(stored, fromFile)) {
                mongo.save(withRevision(fromFile, stored.revision() + 1, fromFile.origin()));
            }
        }
    }

    private void seed(Object item) {
        try {
            mongo.insert(item);
        } catch (DuplicateKeyException e) {
            // already there (an earlier start, or another instance)
        }
    }

    private static boolean sameContent(Position a, Position b) {
        return withRevision(a, 0, "").equals(withRevision(b, 0, ""));
    }

    private static Position withRevision(Position p, long revision, String origin) {
        return new Position(p.code(), p.nameVi(), p.nameEn(), p.department(), p.block(), p.category(), p.specialty(),
                p.role(), p.era(), revision, origin);
    }

    public List<Position> positions() {
        return mongo.find(new Query().with(Sort.by("code")), Position.class);
    }

    public Map<String, Position> positionsByCode() {
        return positions().stream().collect(Collectors.toMap(Position::code, Function.identity()));
    }

    public Position position(String code) {
        Position position = mongo.findById(code, Position.class);
        if (position == null) {
            throw new NotFoundException("position", "No position " + code + " in the catalogue.");
        }
        return position;
    }

    public List<Specialty> specialties() {
        return mongo.find(new Query().with(Sort.by("code")), Specialty.class);
    }

    public List<Department> departments() {
        return mongo.find(new Query().with(Sort.by("code")), Department.class);
    }

    public List<PositionNorm> positionNorms(String normSet) {
        return positionNorms.stream().filter(norm -> norm.normSet().equals(normSet)).toList();
    }

    /** Adds or edits a position; its department and specialty must exist. */
    public Position save(Position position) {
        List<Violation> violations = new java.util.ArrayList<>();
        if (mongo.findById(position.department(), Department.class) == null) {
            violations.add(Violation.ofField("department", "unknown", "No department " + position.department()));
        }
        if (mongo.findById(position.specialty(), Specialty.class) == null) {
            violations.add(Violation.ofField("specialty", "unknown", "No specialty " + position.specialty()));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException("invalid-position", "The position refers to unknown data.",
                    violations);
        }
        Position stored = mongo.findById(position.code(), Position.class);
        Position saved = withRevision(position, stored == null ? 1 : stored.revision() + 1, "http");
        mongo.save(saved);
        return saved;
    }
}
