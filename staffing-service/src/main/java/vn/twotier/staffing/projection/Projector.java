package vn.twotier.staffing.projection;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.ProposedUnit;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.staffing.reference.AppliedNorms;
import vn.twotier.staffing.reference.NormCatalog;
import vn.twotier.staffing.reference.PositionCatalog;
import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.StaffingNorm;
import vn.twotier.staffing.reference.UnitNorms;
import vn.twotier.staffing.roster.RosterStore;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * Splits the staff of a scenario's predecessor units between its proposed units and compares each proposed unit
 * with the frame that would apply to it. A whole predecessor goes to its successor; a partial one by its known
 * fraction, or else in equal shares among the proposed units that take part of it. People are assigned in a fixed
 * order (by id, largest remainder), so the projection and the move when the scenario takes effect agree.
 */
@Component
class Projector {

    record Projection(List<ProjectedUnitStaffing> units, int totalStaff, int totalFrame, int totalSurplus) {
    }

    private final UnitReadModel units;
    private final RosterStore rosters;
    private final NormCatalog norms;
    private final UnitNorms unitNorms;
    private final PositionCatalog catalog;

    Projector(UnitReadModel units, RosterStore rosters, NormCatalog norms, UnitNorms unitNorms,
            PositionCatalog catalog) {
        this.units = units;
        this.rosters = rosters;
        this.norms = norms;
        this.unitNorms = unitNorms;
        this.catalog = catalog;
    }

    Projection project(String provinceCode, LocalDate effectiveDate, List<ProposedUnit> proposed) {
        Map<ProposedUnit, List<StaffMember>> split = split(effectiveDate, proposed);
        List<StaffingNorm> all = norms.all();
        Map<String, Position> positions = catalog.positionsByCode();
        List<ProjectedUnitStaffing> projected = new ArrayList<>();
        for (ProposedUnit unit : proposed) {
            AppliedNorms applied = unitNorms.resolve(all, unit.type(), null, provinceCode, effectiveDate);
            StaffingNorm frame = applied.frame();
            Predicate<StaffMember> counted = member -> frame != null && !member.outgoingSecondee()
                    && frame.countedCategories().contains(member.category())
                    && positions.containsKey(member.positionCode())
                    && frame.countedBlocks().contains(positions.get(member.positionCode()).block());
            int staff = (int) split.get(unit).stream().filter(counted).count();
            projected.add(new ProjectedUnitStaffing(unit.unitCode(), unit.name(), staff, applied.frameSize(),
                    staff - applied.frameSize()));
        }
        int totalStaff = projected.stream().mapToInt(ProjectedUnitStaffing::staff).sum();
        int totalFrame = projected.stream().mapToInt(ProjectedUnitStaffing::frame).sum();
        return new Projection(projected, totalStaff, totalFrame, totalStaff - totalFrame);
    }

    /** Every person of the predecessors, assigned to the proposed unit they would belong to. */
    Map<ProposedUnit, List<StaffMember>> split(LocalDate effectiveDate, List<ProposedUnit> proposed) {
        Map<String, List<Claim>> claims = new LinkedHashMap<>();
        for (ProposedUnit unit : proposed) {
            for (ProposedPart part : unit.parts()) {
                claims.computeIfAbsent(part.unitCode(), key -> new ArrayList<>()).add(new Claim(unit, part));
            }
        }
        Map<ProposedUnit, List<StaffMember>> result = new LinkedHashMap<>();
        proposed.forEach(unit -> result.put(unit, new ArrayList<>()));
        claims.forEach((code, unitClaims) -> {
            List<StaffMember> staff = predecessor(code, effectiveDate)
                    .map(unit -> rosters.staffOf(unit.code(), unit.validFrom())).orElse(List.of()).stream()
                    .sorted(Comparator.comparing(StaffMember::personId)).toList();
            int[] counts = allocate(staff.size(), weights(unitClaims));
            int next = 0;
            for (int i = 0; i < unitClaims.size(); i++) {
                result.get(unitClaims.get(i).unit()).addAll(staff.subList(next, next + counts[i]));
                next += counts[i];
            }
        });
        return result;
    }

    /** The version of a predecessor the day before the scenario takes effect (else its latest earlier version). */
    java.util.Optional<UnitVersion> predecessor(String code, LocalDate effectiveDate) {
        return units.find(code, effectiveDate.minusDays(1)).or(() -> units.versions(code).stream()
                .filter(unit -> unit.validFrom().isBefore(effectiveDate))
                .max(Comparator.comparing(UnitVersion::validFrom)));
    }

    private record Claim(ProposedUnit unit, ProposedPart part) {
    }

    /** Shares of one predecessor: whole = 1, partial = its fraction, unknown fractions share what is left. */
    static double[] weights(List<Claim> claims) {
        double[] weights = new double[claims.size()];
        double known = 0;
        int unknown = 0;
        for (int i = 0; i < claims.size(); i++) {
            ProposedPart part = claims.get(i).part();
            if (part.share() == MergeShare.FULL) {
                weights[i] = 1;
            } else if (part.fraction() != null) {
                weights[i] = Math.max(0, part.fraction());
                known += weights[i];
            } else {
                weights[i] = Double.NaN;
                unknown++;
            }
        }
        double rest = unknown == 0 ? 0 : Math.max(0, 1 - known) / unknown;
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            if (Double.isNaN(weights[i])) {
                weights[i] = rest;
            }
            sum += weights[i];
        }
        if (sum > 1) {
            for (int i = 0; i < weights.length; i++) {
                weights[i] /= sum;
            }
        }
        return weights;
    }

    /** Largest-remainder allocation of {@code n} people by {@code weights} (whose sum may be below 1). */
    static int[] allocate(int n, double[] weights) {
        int[] counts = new int[weights.length];
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        int target = (int) Math.round(n * Math.min(1, total));
        int given = 0;
        double[] remainders = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            double exact = n * weights[i];
            counts[i] = (int) Math.floor(exact);
            remainders[i] = exact - counts[i];
            given += counts[i];
        }
        while (given < target) {
            int best = 0;
            for (int i = 1; i < remainders.length; i++) {
                if (remainders[i] > remainders[best]) {
                    best = i;
                }
            }
            counts[best]++;
            remainders[best] = -1;
            given++;
        }
        return counts;
    }
}
