package vn.twotier.merger.register.query;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.UnitType;
import vn.twotier.merger.register.Names;
import vn.twotier.merger.register.UnitLookup;
import vn.twotier.merger.register.UnitTypes;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.support.web.NotFoundException;

/** Read side of the register: what was valid when, and where a unit came from and went. */
@Service
public class RegisterQueries {

    private static final int MAX_LINEAGE = 5000;

    private final MongoTemplate mongo;
    private final UnitLookup lookup;

    public RegisterQueries(MongoTemplate mongo, UnitLookup lookup) {
        this.mongo = mongo;
        this.lookup = lookup;
    }

    public static Criteria validOn(LocalDate day) {
        return new Criteria().andOperator(Criteria.where("validFrom").lte(day),
                new Criteria().orOperator(Criteria.where("validTo").is(null), Criteria.where("validTo").gte(day)));
    }

    /** Units of a province valid on the day (the province itself excluded), by code. */
    public List<UnitVersion> unitsOf(String provinceCode, LocalDate asOf, @Nullable UnitType type) {
        Criteria criteria = Criteria.where("provinceCode").is(provinceCode).and("code").ne(provinceCode);
        if (type != null) {
            criteria = criteria.and("type").is(type);
        }
        return mongo.find(Query.query(new Criteria().andOperator(criteria, validOn(asOf))).with(Sort.by("code")),
                UnitVersion.class);
    }

    public ProvinceSummary summary(String provinceCode, LocalDate asOf) {
        List<UnitVersion> units = unitsOf(provinceCode, asOf, null);
        UnitVersion province = province(provinceCode, asOf);
        if (units.isEmpty() && province == null && !known(provinceCode)) {
            throw new NotFoundException("province", "The register has no province " + provinceCode + ".");
        }
        Map<UnitType, Integer> counts = new HashMap<>();
        Set<String> districts = new HashSet<>();
        for (UnitVersion unit : units) {
            counts.merge(unit.getType(), 1, Integer::sum);
            if (unit.getDistrictName() != null) {
                districts.add(unit.getDistrictName());
            }
        }
        int total = UnitTypes.COMMUNE_LEVEL.stream().mapToInt(type -> counts.getOrDefault(type, 0)).sum();
        return new ProvinceSummary(provinceCode, province == null ? null : province.getName(), asOf, total,
                counts.getOrDefault(UnitType.COMMUNE, 0), counts.getOrDefault(UnitType.WARD, 0),
                counts.getOrDefault(UnitType.SPECIAL_ZONE, 0), counts.getOrDefault(UnitType.TOWNSHIP, 0),
                districts.size());
    }

    /** Province-level units valid on the day. */
    public List<UnitVersion> provinces(LocalDate asOf) {
        return mongo.find(Query.query(new Criteria().andOperator(
                Criteria.where("type").in(UnitType.PROVINCE, UnitType.CITY), validOn(asOf))).with(Sort.by("code")),
                UnitVersion.class);
    }

    public @Nullable UnitVersion province(String provinceCode, LocalDate asOf) {
        UnitVersion unit = lookup.validOn(provinceCode, asOf);
        return unit != null && (unit.getType() == UnitType.PROVINCE || unit.getType() == UnitType.CITY) ? unit : null;
    }

    private boolean known(String provinceCode) {
        return mongo.exists(Query.query(Criteria.where("provinceCode").is(provinceCode)), UnitVersion.class);
    }

    /** The version of a code valid on the day. */
    public UnitVersion unit(String code, LocalDate asOf) {
        UnitVersion unit = lookup.validOn(code, asOf);
        if (unit == null) {
            throw new NotFoundException("unit", "No unit " + code + " is valid on " + asOf + ".");
        }
        return unit;
    }

    /**
     * Search by code (digits: codes starting with them) or by name, without regard to case or tone marks
     * ("thanh vinh" finds "Phường Thành Vinh"); all versions unless a day is given.
     */
    public List<UnitVersion> search(String text, @Nullable String provinceCode, @Nullable LocalDate asOf, int limit) {
        String folded = Names.fold(text);
        if (folded.isEmpty()) {
            throw new IllegalArgumentException("q must not be empty");
        }
        List<Criteria> all = new ArrayList<>();
        all.add(folded.matches("\\d+") ? Criteria.where("code").regex("^" + folded)
                : Criteria.where("searchKey").regex(escape(folded)));
        if (provinceCode != null) {
            all.add(Criteria.where("provinceCode").is(provinceCode));
        }
        if (asOf != null) {
            all.add(validOn(asOf));
        }
        return mongo.find(Query.query(new Criteria().andOperator(all)).with(Sort.by("code", "validFrom"))
                .limit(limit), UnitVersion.class);
    }

    /** All versions of a code and their lineage both ways, walked here because the store cannot recurse on itself. */
    public UnitHistory history(String code, UnitViewMapper mapper) {
        List<UnitVersion> versions = lookup.versionsOf(List.of(code));
        if (versions.isEmpty()) {
            throw new NotFoundException("unit", "The register has no unit " + code + ".");
        }
        return new UnitHistory(code, mapper.toViews(versions),
                walk(versions, UnitVersion::getPredecessors, mapper), walk(versions, UnitVersion::getSuccessors, mapper));
    }

    private List<LineageEntry> walk(List<UnitVersion> start, Function<UnitVersion, List<LineageLink>> links,
            UnitViewMapper mapper) {
        Set<String> seen = new HashSet<>();
        start.forEach(unit -> seen.add(unit.getId()));
        List<LineageEntry> found = new ArrayList<>();
        Deque<UnitVersion> frontier = new ArrayDeque<>(start);
        int depth = 0;
        while (!frontier.isEmpty() && found.size() < MAX_LINEAGE) {
            depth++;
            Map<String, List<String[]>> wanted = new HashMap<>(); // id -> (linked from, share)
            for (UnitVersion unit : frontier) {
                for (LineageLink link : links.apply(unit)) {
                    String id = UnitVersion.idOf(link.unitCode(), link.validFrom());
                    if (seen.add(id)) {
                        wanted.computeIfAbsent(id, key -> new ArrayList<>())
                                .add(new String[] {unit.getId(), link.share().name()});
                    }
                }
            }
            frontier.clear();
            for (UnitVersion unit : byIds(wanted.keySet())) {
                String[] via = wanted.get(unit.getId()).get(0);
                found.add(new LineageEntry(depth, via[0], vn.twotier.events.merger.MergeShare.valueOf(via[1]),
                        mapper.toView(unit)));
                frontier.add(unit);
            }
        }
        found.sort(Comparator.comparingInt(LineageEntry::depth).thenComparing(entry -> entry.unit().id()));
        return found;
    }

    private List<UnitVersion> byIds(Collection<String> ids) { // lineage links name exact versions
        return ids.isEmpty() ? List.of() : mongo.find(Query.query(Criteria.where("_id").in(ids)), UnitVersion.class);
    }

    private static String escape(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
