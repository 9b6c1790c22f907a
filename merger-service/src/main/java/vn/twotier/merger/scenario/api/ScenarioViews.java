package vn.twotier.merger.scenario.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitType;
import vn.twotier.merger.scenario.AuditEntry;
import vn.twotier.merger.scenario.ScenarioStatus;

/** What the scenario API returns. */
public final class ScenarioViews {

    private ScenarioViews() {
    }

    /** A scenario with its proposal, metrics, staff projection (when staffing-service has sent one) and audit trail. */
    public record ScenarioView(String id, String provinceCode, @Nullable String provinceName, String name,
            LocalDate effectiveDate, ScenarioStatus status, long revision, Long version, List<String> allowedActions,
            @Nullable String sourceFile, String createdBy, Instant createdAt, Instant updatedAt, Totals totals,
            @Nullable Staffing staffing, List<Unit> units, List<AuditEntry> audit) {
    }

    /** One line of a scenario list. */
    public record Summary(String id, String provinceCode, String name, LocalDate effectiveDate, ScenarioStatus status,
            long revision, Long version, int unitCount, List<String> allowedActions, String createdBy,
            Instant updatedAt) {
    }

    public record Totals(int units, int affectedUnits, double meanPredecessors, int maxPredecessors,
            @Nullable Double areaKm2, @Nullable Integer staff, @Nullable Integer frame, @Nullable Integer surplus) {
    }

    /** The projection received from staffing-service; {@code current} is false when it is for an older revision. */
    public record Staffing(long revision, boolean current, int totalStaff, int totalFrame, int totalSurplus,
            Instant receivedAt) {
    }

    public record Unit(String code, String name, UnitType type, String typeName, @Nullable String basis,
            List<Part> parts, int predecessorCount, @Nullable Double areaKm2, @Nullable UnitStaff staff) {
    }

    /** A part as the register knew it the day before the effective date (name and type absent if unknown). */
    public record Part(String unitCode, @Nullable String name, @Nullable UnitType type, MergeShare share,
            @Nullable Double fraction) {
    }

    public record UnitStaff(int staff, int frame, int surplus) {
    }
}
