package vn.twotier.merger.scenario;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.merger.ScenarioApproved;
import vn.twotier.events.merger.ScenarioDrafted;
import vn.twotier.events.merger.ScenarioRejected;
import vn.twotier.events.merger.ScenarioRevised;
import vn.twotier.events.merger.ScenarioSubmitted;
import vn.twotier.events.merger.ScenarioTookEffect;
import vn.twotier.events.merger.ScenarioWithdrawn;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.support.web.ConflictException;

/**
 * A merger scenario for one province and effective date. Every transition checks the current status, appends to
 * the audit trail and records its event in the same document write.
 */
@Document("scenarios")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class Scenario extends OutboxAggregate {

    @Indexed
    private String provinceCode;
    private String name;
    private LocalDate effectiveDate;
    private ScenarioStatus status;
    /** Increases with every edit of the proposal; staffing projections name the revision they were computed for. */
    private long revision;
    private List<ScenarioUnit> units = new ArrayList<>();
    private List<AuditEntry> audit = new ArrayList<>();
    private @Nullable String sourceFile;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;

    protected Scenario() {
    }

    public static Scenario draft(String id, String provinceCode, String name, LocalDate effectiveDate,
            List<ScenarioUnit> units, @Nullable String sourceFile, String actor, Instant now) {
        Scenario scenario = new Scenario();
        scenario.id = id;
        scenario.provinceCode = provinceCode;
        scenario.name = name;
        scenario.effectiveDate = effectiveDate;
        scenario.units = new ArrayList<>(units);
        scenario.sourceFile = sourceFile;
        scenario.status = ScenarioStatus.DRAFT;
        scenario.revision = 1;
        scenario.createdBy = actor;
        scenario.createdAt = now;
        scenario.audit("draft", null, actor, null, now);
        scenario.record(new ScenarioDrafted(id, provinceCode, name, effectiveDate, scenario.proposedUnits(), actor),
                now);
        return scenario;
    }

    public void revise(String newName, LocalDate newEffectiveDate, List<ScenarioUnit> newUnits, String actor,
            @Nullable String reason, Instant now) {
        require("revise", ScenarioStatus.DRAFT);
        name = newName;
        effectiveDate = newEffectiveDate;
        units = new ArrayList<>(newUnits);
        revision++;
        audit("revise", status, actor, reason, now);
        record(new ScenarioRevised(id, provinceCode, revision, name, effectiveDate, proposedUnits(), actor), now);
    }

    /** Validation is the caller's job: a scenario with errors never gets here. */
    public void submit(String actor, @Nullable String comment, Instant now) {
        ScenarioStatus from = require("submit", ScenarioStatus.DRAFT);
        status = ScenarioStatus.SUBMITTED;
        audit("submit", from, actor, comment, now);
        record(new ScenarioSubmitted(id, provinceCode, revision, actor, comment), now);
    }

    public void approve(String actor, @Nullable String reason, Instant now) {
        ScenarioStatus from = require("approve", ScenarioStatus.SUBMITTED);
        status = ScenarioStatus.APPROVED;
        audit("approve", from, actor, reason, now);
        record(new ScenarioApproved(id, provinceCode, effectiveDate, proposedUnits(), actor, reason), now);
    }

    public void reject(String actor, String reason, Instant now) {
        ScenarioStatus from = require("reject", ScenarioStatus.SUBMITTED);
        status = ScenarioStatus.REJECTED;
        audit("reject", from, actor, reason, now);
        record(new ScenarioRejected(id, provinceCode, actor, reason), now);
    }

    public void withdraw(String actor, String reason, Instant now) {
        ScenarioStatus from = require("withdraw", ScenarioStatus.DRAFT, ScenarioStatus.SUBMITTED);
        status = ScenarioStatus.WITHDRAWN;
        audit("withdraw", from, actor, reason, now);
        record(new ScenarioWithdrawn(id, provinceCode, actor, reason), now);
    }

    /** The register already holds the new unit versions (written just before, idempotently). */
    public void tookEffect(String actor, @Nullable String reason, Instant now) {
        ScenarioStatus from = require("take-effect", ScenarioStatus.APPROVED);
        status = ScenarioStatus.EFFECTIVE;
        audit("take-effect", from, actor, reason, now);
        record(new ScenarioTookEffect(id, provinceCode, effectiveDate, proposedUnits(), actor), now);
    }

    /** A guard for actions that are about to do more than change this document (taking effect writes the register). */
    public void checkCan(String action) {
        if (!status.allowedActions().contains(action)) {
            throw invalidTransition(action);
        }
    }

    /** 409 when the caller edited an older version than the stored one (If-Match or a version field). */
    public void expectVersion(@Nullable Long expected) {
        if (expected != null && !expected.equals(version)) {
            throw (ConflictException) new ConflictException("stale-version", "Scenario " + id + " is at version "
                    + version + " but the request was based on version " + expected + "; reload and try again.")
                    .with("currentVersion", version).with("requestedVersion", expected);
        }
    }

    private ScenarioStatus require(String action, ScenarioStatus... allowed) {
        if (!Arrays.asList(allowed).contains(status)) {
            throw invalidTransition(action);
        }
        return status;
    }

    private ConflictException invalidTransition(String action) {
        return (ConflictException) new ConflictException("invalid-transition", "Cannot " + action
                + " scenario " + id + ": it is " + status.name().toLowerCase(Locale.ROOT) + "."
                + (status.allowedActions().isEmpty() ? " No further action is possible."
                        : " Possible now: " + String.join(", ", status.allowedActions()) + "."))
                .with("status", status).with("allowedActions", status.allowedActions());
    }

    private void audit(String action, @Nullable ScenarioStatus from, String actor, @Nullable String reason,
            Instant now) {
        audit.add(new AuditEntry(action, from, status, actor, now, reason, revision));
        updatedAt = now;
    }

    public List<ProposedUnit> proposedUnits() {
        return units.stream().map(unit -> new ProposedUnit(unit.code(), unit.name(), unit.type(), unit.parts()))
                .toList();
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public ScenarioStatus getStatus() {
        return status;
    }

    public long getRevision() {
        return revision;
    }

    public List<ScenarioUnit> getUnits() {
        return List.copyOf(units);
    }

    public List<AuditEntry> getAudit() {
        return List.copyOf(audit);
    }

    public @Nullable String getSourceFile() {
        return sourceFile;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
