package vn.twotier.staffing.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.events.staffing.ScenarioStaffingProjected;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * What the staffing service knows of one merger scenario (from merger-service events) and the staff projection of
 * its current revision. A projection is published when a revision is first projected and whenever its figures
 * change (a roster of a predecessor changed); an older or repeated revision is ignored.
 */
@Document("scenario_projections")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class ScenarioProjection extends OutboxAggregate {

    public enum Status { DRAFT, SUBMITTED, APPROVED, REJECTED, WITHDRAWN, TOOK_EFFECT }

    private String provinceCode;
    private String name;
    private long revision;
    private Status status;
    private LocalDate effectiveDate;
    private List<ProposedUnit> proposedUnits;
    private @Nullable List<ProjectedUnitStaffing> units;
    private int totalStaff;
    private int totalFrame;
    private int totalSurplus;
    private long projectedRevision;
    private boolean staffMoved;
    private Instant updatedAt;

    protected ScenarioProjection() {
    }

    static ScenarioProjection of(String scenarioId, String provinceCode) {
        ScenarioProjection projection = new ScenarioProjection();
        projection.id = scenarioId;
        projection.provinceCode = provinceCode;
        projection.status = Status.DRAFT;
        return projection;
    }

    /** Takes a proposal of {@code newRevision}; false when it is not newer than what is held. */
    boolean propose(long newRevision, @Nullable String newName, LocalDate date, List<ProposedUnit> proposal) {
        if (proposedUnits != null && newRevision <= revision) {
            return false;
        }
        revision = newRevision;
        if (newName != null) {
            name = newName;
        }
        effectiveDate = date;
        proposedUnits = List.copyOf(proposal);
        return true;
    }

    /** An approval may carry an amended proposal under the same revision. */
    boolean amend(LocalDate date, List<ProposedUnit> proposal) {
        if (proposal.equals(proposedUnits) && date.equals(effectiveDate)) {
            return false;
        }
        effectiveDate = date;
        proposedUnits = List.copyOf(proposal);
        return true;
    }

    void status(Status newStatus, Instant now) {
        status = newStatus;
        updatedAt = now;
    }

    /** Stores a projection; records the event when the revision is new or a figure changed. */
    boolean project(Projector.Projection projection, Instant now) {
        boolean same = projectedRevision == revision && projection.units().equals(units);
        updatedAt = now;
        if (same) {
            return false;
        }
        units = projection.units();
        totalStaff = projection.totalStaff();
        totalFrame = projection.totalFrame();
        totalSurplus = projection.totalSurplus();
        projectedRevision = revision;
        record(new ScenarioStaffingProjected(id, provinceCode, revision, units, totalStaff, totalFrame, totalSurplus),
                now);
        return true;
    }

    void staffMoved() {
        staffMoved = true;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getName() {
        return name;
    }

    public long getRevision() {
        return revision;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getEffectiveDate() {
        return effectiveDate;
    }

    public List<ProposedUnit> getProposedUnits() {
        return proposedUnits;
    }

    public @Nullable List<ProjectedUnitStaffing> getUnits() {
        return units;
    }

    public int getTotalStaff() {
        return totalStaff;
    }

    public int getTotalFrame() {
        return totalFrame;
    }

    public int getTotalSurplus() {
        return totalSurplus;
    }

    public long getProjectedRevision() {
        return projectedRevision;
    }

    public boolean isStaffMoved() {
        return staffMoved;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
