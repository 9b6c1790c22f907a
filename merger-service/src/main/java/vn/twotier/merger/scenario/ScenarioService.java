package vn.twotier.merger.scenario;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.twotier.merger.register.ProvinceCounts;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** The scenario life cycle: every action loads the scenario, checks status and version, and saves it once. */
@Service
public class ScenarioService {

    private static final Logger log = LoggerFactory.getLogger(ScenarioService.class);

    private final MongoTemplate mongo;
    private final ScenarioValidator validator;
    private final ScenarioRegisterChange registerChange;
    private final AggregateWriter updates;
    private final Clock clock;

    public ScenarioService(MongoTemplate mongo, ScenarioValidator validator, ScenarioRegisterChange registerChange,
            AggregateWriter updates, Clock clock) {
        this.mongo = mongo;
        this.updates = updates;
        this.validator = validator;
        this.registerChange = registerChange;
        this.clock = clock;
    }

    public Scenario create(String provinceCode, String name, LocalDate effectiveDate, List<ScenarioUnit> units,
            @Nullable String sourceFile, String actor) {
        requireProvince(provinceCode);
        Scenario scenario = Scenario.draft(UUID.randomUUID().toString(), provinceCode, name, effectiveDate, units,
                sourceFile, actor, clock.instant());
        return mongo.insert(scenario);
    }

    public Scenario get(String id) {
        Scenario scenario = mongo.findById(id, Scenario.class);
        if (scenario == null) {
            throw new NotFoundException("scenario", "No scenario " + id + ".");
        }
        return scenario;
    }

    public List<Scenario> list(@Nullable String provinceCode, @Nullable ScenarioStatus status) {
        Criteria criteria = new Criteria();
        if (provinceCode != null) {
            criteria = criteria.and("provinceCode").is(provinceCode);
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("createdAt").descending()), Scenario.class);
    }

    public Scenario revise(String id, @Nullable Long expectedVersion, String name, LocalDate effectiveDate,
            List<ScenarioUnit> units, String actor, @Nullable String reason) {
        return transition(id, "revise", expectedVersion,
                scenario -> scenario.revise(name, effectiveDate, units, actor, reason, clock.instant()));
    }

    public ValidationReport validate(String id) {
        return validator.validate(get(id));
    }

    public Scenario submit(String id, @Nullable Long expectedVersion, String actor, @Nullable String comment) {
        return transition(id, "submit", expectedVersion, scenario -> {
            requireValid(scenario);
            scenario.submit(actor, comment, clock.instant());
        });
    }

    public Scenario approve(String id, @Nullable Long expectedVersion, String actor, @Nullable String reason) {
        return transition(id, "approve", expectedVersion,
                scenario -> scenario.approve(actor, reason, clock.instant()));
    }

    public Scenario reject(String id, @Nullable Long expectedVersion, String actor, @Nullable String reason) {
        return transition(id, "reject", expectedVersion,
                scenario -> scenario.reject(actor, requireReason("reject", reason), clock.instant()));
    }

    public Scenario withdraw(String id, @Nullable Long expectedVersion, String actor, @Nullable String reason) {
        return transition(id, "withdraw", expectedVersion,
                scenario -> scenario.withdraw(actor, requireReason("withdraw", reason), clock.instant()));
    }

    /**
     * Writes the register first, then marks the scenario effective: an interruption in between leaves it approved,
     * and running this again completes the register without repeating anything.
     */
    public Scenario takeEffect(String id, @Nullable Long expectedVersion, String actor, @Nullable String reason) {
        Scenario scenario = get(id);
        scenario.checkCan("take-effect");
        scenario.expectVersion(expectedVersion);
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(scenario.getEffectiveDate())) {
            // the register must not show units that do not exist yet
            throw new ConflictException("not-yet-effective", "Phương án có hiệu lực từ "
                    + scenario.getEffectiveDate().format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                    + "; chưa thể áp dụng trước ngày đó. / The scenario takes effect on " + scenario.getEffectiveDate()
                    + "; it cannot take effect before that date.").with("effectiveDate", scenario.getEffectiveDate());
        }
        requireValid(scenario); // the register may have changed since approval
        List<ProvinceCounts> counts = registerChange.apply(scenario, actor);
        scenario.tookEffect(actor, reason, clock.instant());
        Scenario saved = updates.update(scenario);
        log.info("Scenario {} took effect on {}: {}", id, scenario.getEffectiveDate(), counts);
        return saved;
    }

    /** Load, check the action is allowed and the version is the one the caller read, apply, write. */
    private Scenario transition(String id, String action, @Nullable Long expectedVersion, Consumer<Scenario> apply) {
        Scenario scenario = get(id);
        scenario.checkCan(action);
        scenario.expectVersion(expectedVersion);
        apply.accept(scenario);
        return updates.update(scenario);
    }

    private void requireValid(Scenario scenario) {
        ValidationReport report = validator.validate(scenario);
        if (!report.valid()) {
            throw new ValidationFailedException("scenario-invalid", report.errors().size()
                    + " problem(s) must be fixed first; nothing was changed.", report.errors())
                    .with("warnings", report.warnings());
        }
    }

    private void requireProvince(String provinceCode) {
        if (!mongo.exists(Query.query(Criteria.where("provinceCode").is(provinceCode)), UnitVersion.class)) {
            throw new ValidationFailedException("unknown-province", "The register has no province " + provinceCode
                    + "; import its register first.", List.of(Violation.ofField("provinceCode", "unknown-province",
                            "No unit of province " + provinceCode + " is in the register.")));
        }
    }

    private static String requireReason(String action, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationFailedException("reason-required", "A reason is required to " + action + ".",
                    List.of(Violation.ofField("reason", "required", "Say why.")));
        }
        return reason.strip();
    }
}
