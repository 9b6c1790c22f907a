package vn.twotier.staffing.projection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.staffing.projection.ScenarioProjection.Status;
import vn.twotier.staffing.roster.RosterChanged;
import vn.twotier.staffing.roster.RosterService;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.outbox.AggregateWriter;

/**
 * Applies scenario events to the staffing view of each scenario: re-projects staff for each new revision, follows
 * the life cycle, and when a scenario takes effect moves the predecessors' staff onto the new units (a roster
 * change like any other: its own RosterImported event, then gaps).
 */
@Service
public class ProjectionService {

    private static final Logger log = LoggerFactory.getLogger(ProjectionService.class);
    private static final List<Status> OPEN = List.of(Status.DRAFT, Status.SUBMITTED, Status.APPROVED);

    private final MongoTemplate mongo;
    private final Projector projector;
    private final RosterService rosters;
    private final Clock clock;
    private final AggregateWriter writer;

    public ProjectionService(MongoTemplate mongo, Projector projector, RosterService rosters, Clock clock,
            AggregateWriter writer) {
        this.writer = writer;
        this.mongo = mongo;
        this.projector = projector;
        this.rosters = rosters;
        this.clock = clock;
    }

    public ScenarioProjection get(String scenarioId) {
        return mongo.findById(scenarioId, ScenarioProjection.class);
    }

    void proposed(String scenarioId, String provinceCode, long revision, String name, LocalDate effectiveDate,
            List<ProposedUnit> units) {
        change(scenarioId, provinceCode, scenario -> {
            if (!scenario.propose(revision, name, effectiveDate, units)) {
                return false; // an older or repeated revision
            }
            reproject(scenario);
            return true;
        });
    }

    void approved(String scenarioId, String provinceCode, LocalDate effectiveDate, List<ProposedUnit> units) {
        change(scenarioId, provinceCode, scenario -> {
            boolean amended = scenario.getProposedUnits() == null
                    ? scenario.propose(Math.max(1, scenario.getRevision()), null, effectiveDate, units)
                    : scenario.amend(effectiveDate, units);
            scenario.status(Status.APPROVED, clock.instant());
            if (amended) {
                reproject(scenario);
            }
            return true;
        });
    }

    void status(String scenarioId, String provinceCode, Status status) {
        change(scenarioId, provinceCode, scenario -> {
            if (scenario.getStatus() == status || scenario.getStatus() == Status.TOOK_EFFECT) {
                return false;
            }
            scenario.status(status, clock.instant());
            return true;
        });
    }

    /**
     * Staff follow the register: the predecessors' people now belong to the new units. The scenario is closed
     * first (so the move does not re-project it), then staff move, then the move is marked done; a redelivery after
     * a crash in between repeats the move, which changes nothing the second time.
     */
    void tookEffect(String scenarioId, String provinceCode, LocalDate effectiveDate, List<ProposedUnit> units) {
        ScenarioProjection known = get(scenarioId);
        if (known != null && known.isStaffMoved()) {
            return;
        }
        change(scenarioId, provinceCode, current -> {
            if (current.getProposedUnits() == null) {
                current.propose(1, null, effectiveDate, units);
            } else {
                current.amend(effectiveDate, units);
            }
            current.status(Status.TOOK_EFFECT, clock.instant());
            return true;
        });
        Map<ProposedUnit, List<StaffMember>> split = projector.split(effectiveDate, units);
        Map<UnitVersion, List<StaffMember>> targets = new LinkedHashMap<>();
        split.forEach((unit, staff) -> targets.put(new UnitVersion(UnitVersion.idOf(unit.unitCode(), effectiveDate),
                unit.unitCode(), effectiveDate, null, unit.name(), unit.type(), provinceCode, null, null, null, null,
                null, null, null), staff));
        RosterService.Outcome outcome = rosters.move(provinceCode, effectiveDate, "scenario:" + scenarioId, targets);
        log.info("Scenario {} took effect: {} staff moved onto {} new units", scenarioId, outcome.staffUpdated(),
                units.size());
        change(scenarioId, provinceCode, current -> {
            current.staffMoved();
            return true;
        });
    }

    /** A predecessor's roster changed: open scenarios of the province are projected again. */
    @EventListener
    void on(RosterChanged event) {
        List<ScenarioProjection> open = mongo.find(Query.query(Criteria.where("provinceCode")
                .is(event.provinceCode()).and("status").in(OPEN)), ScenarioProjection.class);
        for (ScenarioProjection scenario : open) {
            change(scenario.getId(), scenario.getProvinceCode(), current -> current.getProposedUnits() != null
                    && reproject(current));
        }
    }

    private boolean reproject(ScenarioProjection scenario) {
        return scenario.project(projector.project(scenario.getProvinceCode(), scenario.getEffectiveDate(),
                scenario.getProposedUnits()), clock.instant());
    }

    /** Load (or start), apply, save when changed; a concurrent write is retried on the fresh state. */
    private void change(String scenarioId, String provinceCode, Function<ScenarioProjection, Boolean> edit) {
        for (int attempt = 0; ; attempt++) {
            ScenarioProjection scenario = get(scenarioId);
            if (scenario == null) {
                scenario = ScenarioProjection.of(scenarioId, provinceCode);
            }
            if (!edit.apply(scenario)) {
                return;
            }
            try {
                writer.save(scenario);
                return;
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException e) {
                if (attempt >= 2) {
                    throw e;
                }
            }
        }
    }
}
