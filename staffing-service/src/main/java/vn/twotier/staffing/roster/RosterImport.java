package vn.twotier.staffing.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.staffing.RosterImported;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * One roster import (file or generator) of a province. Written first as APPLYING with the target rosters, then the
 * unit rosters are replaced, then it becomes APPLIED with its {@link RosterImported} event in the same write. After
 * a crash, start-up finishes APPLYING imports from the stored targets, so no roster change exists without its event.
 */
@Document("roster_imports")
public class RosterImport extends OutboxAggregate {

    public enum Status { APPLYING, APPLIED }

    private String provinceCode;
    private String source;
    private LocalDate asOf;
    private Status status;
    private int staffAdded;
    private int staffUpdated;
    private int staffRemoved;
    private List<String> unitCodes;
    private @Nullable List<UnitRoster> targets;
    private Instant startedAt;
    private @Nullable Instant appliedAt;

    protected RosterImport() {
    }

    static RosterImport start(String importId, String provinceCode, String source, LocalDate asOf, RosterDiff diff,
            Instant now) {
        RosterImport started = new RosterImport();
        started.id = importId;
        started.provinceCode = provinceCode;
        started.source = source;
        started.asOf = asOf;
        started.status = Status.APPLYING;
        started.staffAdded = diff.added();
        started.staffUpdated = diff.updated();
        started.staffRemoved = diff.removed();
        started.unitCodes = diff.unitCodes();
        started.targets = diff.changedRosters();
        started.startedAt = now;
        return started;
    }

    void applied(Instant now) {
        status = Status.APPLIED;
        targets = null;
        appliedAt = now;
        record(new RosterImported(id, provinceCode, source, staffAdded, staffUpdated, staffRemoved, unitCodes), now);
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    public Status getStatus() {
        return status;
    }

    public int getStaffAdded() {
        return staffAdded;
    }

    public int getStaffUpdated() {
        return staffUpdated;
    }

    public int getStaffRemoved() {
        return staffRemoved;
    }

    public List<String> getUnitCodes() {
        return unitCodes;
    }

    public @Nullable List<UnitRoster> getTargets() {
        return targets;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public @Nullable Instant getAppliedAt() {
        return appliedAt;
    }
}
