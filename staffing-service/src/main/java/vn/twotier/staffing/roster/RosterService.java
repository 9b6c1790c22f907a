package vn.twotier.staffing.roster;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * Applies a province's new rosters: the units given get exactly the staff given; a person listed under a new unit
 * leaves the old one. Nothing changes and nothing is published when the result equals what is stored (idempotent
 * re-import). Logs carry ids and counts only.
 */
@Service
public class RosterService {

    private static final Logger log = LoggerFactory.getLogger(RosterService.class);

    private final MongoTemplate mongo;
    private final RosterStore store;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final RosterLock lock;

    public RosterService(MongoTemplate mongo, RosterStore store, ApplicationEventPublisher publisher, Clock clock,
            RosterLock lock) {
        this.lock = lock;
        this.mongo = mongo;
        this.store = store;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Result of an import: {@code importId} is null when nothing changed. */
    public record Outcome(String importId, boolean changed, int staffAdded, int staffUpdated, int staffRemoved,
            int unitsChanged, int staffTotal) {
    }

    /**
     * People arriving in units keep the people already there: each target roster is its current staff plus the
     * arrivals (used when staff follow the register; imports replace rosters instead).
     */
    public Outcome move(String provinceCode, LocalDate asOf, String source,
            Map<UnitVersion, List<StaffMember>> arrivals) {
        return lock.withLock(() -> merged(provinceCode, asOf, source, arrivals));
    }

    private Outcome merged(String provinceCode, LocalDate asOf, String source,
            Map<UnitVersion, List<StaffMember>> arrivals) {
        Map<UnitVersion, List<StaffMember>> targets = new LinkedHashMap<>();
        arrivals.forEach((unit, people) -> {
            Map<String, StaffMember> merged = new LinkedHashMap<>();
            store.staffOf(unit.code(), unit.validFrom()).forEach(member -> merged.put(member.personId(), member));
            people.forEach(member -> merged.put(member.personId(), member));
            targets.put(unit, List.copyOf(merged.values()));
        });
        return apply(provinceCode, asOf, source, targets);
    }

    /**
     * Read-modify-write of some units' rosters under the roster lock: {@code change} gets their current staff and
     * returns the targets (used by secondments moving one person between two units).
     */
    public Outcome update(String provinceCode, LocalDate asOf, String source, List<UnitVersion> units,
            UnaryOperator<Map<UnitVersion, List<StaffMember>>> change) {
        return lock.withLock(() -> {
            Map<UnitVersion, List<StaffMember>> current = new LinkedHashMap<>();
            units.forEach(unit -> current.put(unit, store.staffOf(unit.code(), unit.validFrom())));
            return applyLocked(provinceCode, asOf, source, change.apply(current));
        });
    }

    public Outcome apply(String provinceCode, LocalDate asOf, String source, Map<UnitVersion, List<StaffMember>> targets) {
        return lock.withLock(() -> applyLocked(provinceCode, asOf, source, targets));
    }

    private Outcome applyLocked(String provinceCode, LocalDate asOf, String source,
            Map<UnitVersion, List<StaffMember>> targets) {
        RosterDiff diff = diff(provinceCode, targets);
        int total = targets.values().stream().mapToInt(List::size).sum();
        if (diff.isEmpty()) {
            return new Outcome(null, false, 0, 0, 0, 0, total);
        }
        String importId = UUID.randomUUID().toString();
        Instant now = clock.instant();
        RosterImport started = RosterImport.start(importId, provinceCode, source, asOf, diff, now);
        mongo.insert(started);
        finish(started);
        log.info("Roster import {} for province {}: +{} ~{} -{} in {} units", importId, provinceCode, diff.added(),
                diff.updated(), diff.removed(), diff.unitCodes().size());
        return new Outcome(importId, true, diff.added(), diff.updated(), diff.removed(), diff.changedRosters().size(),
                total);
    }

    /** Writes the target rosters and marks the import applied with its event; safe to repeat after a crash. */
    void finish(RosterImport started) {
        Instant now = clock.instant();
        List<UnitRoster> targets = started.getTargets() == null ? List.of() : started.getTargets();
        for (UnitRoster roster : targets) {
            mongo.save(new UnitRoster(roster.id(), roster.unitCode(), roster.unitValidFrom(), roster.provinceCode(),
                    roster.staff(), started.getId(), now));
        }
        started.applied(now);
        mongo.save(started);
        publisher.publishEvent(new RosterChanged(started.getProvinceCode(),
                targets.stream().map(UnitRoster::id).toList()));
    }

    /** Finishes imports interrupted by a crash (status APPLYING). */
    public int recover() {
        return lock.withLock(this::recoverLocked);
    }

    private int recoverLocked() {
        List<RosterImport> pending = mongo.find(Query.query(Criteria.where("status").is(RosterImport.Status.APPLYING)),
                RosterImport.class);
        pending.forEach(this::finish);
        return pending.size();
    }

    RosterDiff diff(String provinceCode, Map<UnitVersion, List<StaffMember>> targets) {
        Map<String, UnitRoster> current = new HashMap<>(store.ofProvince(provinceCode));
        // a target may sit in another province (successors across the 2025 province mergers)
        targets.keySet().forEach(unit -> {
            String id = UnitVersion.idOf(unit.code(), unit.validFrom());
            if (!current.containsKey(id)) {
                store.of(unit.code(), unit.validFrom()).ifPresent(roster -> current.put(id, roster));
            }
        });
        Map<String, StaffMember> currentById = new HashMap<>();
        Map<String, String> currentUnitOf = new HashMap<>();
        current.values().forEach(roster -> roster.staff().forEach(member -> {
            currentById.put(member.personId(), member);
            currentUnitOf.put(member.personId(), roster.id());
        }));

        Map<String, List<StaffMember>> next = new LinkedHashMap<>();
        Map<String, UnitVersion> unitsById = new HashMap<>();
        Map<String, String> targetUnitOf = new HashMap<>();
        targets.forEach((unit, staff) -> {
            String id = UnitVersion.idOf(unit.code(), unit.validFrom());
            unitsById.put(id, unit);
            next.put(id, sorted(staff));
            staff.forEach(member -> targetUnitOf.put(member.personId(), id));
        });
        Set<String> listed = targetUnitOf.keySet();
        // people listed under another unit leave the unit they were in
        for (String personId : listed) {
            String from = currentUnitOf.get(personId);
            if (from != null && !next.containsKey(from)) {
                next.put(from, sorted(current.get(from).staff().stream()
                        .filter(member -> !listed.contains(member.personId())).toList()));
            }
        }

        int added = 0;
        int updated = 0;
        for (List<StaffMember> staff : targets.values()) {
            for (StaffMember member : staff) {
                StaffMember before = currentById.get(member.personId());
                if (before == null) {
                    added++;
                } else if (!before.equals(member) || !Objects.equals(currentUnitOf.get(member.personId()),
                        targetUnitOf.get(member.personId()))) {
                    updated++;
                }
            }
        }
        int removed = 0;
        List<UnitRoster> changed = new ArrayList<>();
        List<String> unitCodes = new ArrayList<>();
        for (Map.Entry<String, List<StaffMember>> entry : next.entrySet()) {
            UnitRoster before = current.get(entry.getKey());
            List<StaffMember> beforeStaff = before == null ? List.of() : sorted(before.staff());
            if (unitsById.containsKey(entry.getKey())) {
                // a unit in the file loses whoever the file does not list; a unit someone left keeps the rest
                removed += (int) beforeStaff.stream().filter(member -> !listed.contains(member.personId())).count();
            }
            if (!beforeStaff.equals(entry.getValue())) {
                UnitVersion unit = unitsById.get(entry.getKey());
                String code = unit != null ? unit.code() : before.unitCode();
                LocalDate validFrom = unit != null ? unit.validFrom() : before.unitValidFrom();
                String province = unit != null && unit.provinceCode() != null ? unit.provinceCode()
                        : before != null ? before.provinceCode() : provinceCode;
                changed.add(new UnitRoster(entry.getKey(), code, validFrom, province, entry.getValue(), null,
                        clock.instant()));
                unitCodes.add(code);
            }
        }
        return new RosterDiff(added, updated, removed, unitCodes.stream().distinct().sorted().toList(), changed);
    }

    private static List<StaffMember> sorted(List<StaffMember> staff) {
        return staff.stream().sorted(Comparator.comparing(StaffMember::personId)).toList();
    }
}
