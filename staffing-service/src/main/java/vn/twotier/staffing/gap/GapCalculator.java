package vn.twotier.staffing.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import vn.twotier.events.staffing.GapStatus;
import vn.twotier.staffing.reference.AppliedNorms;
import vn.twotier.staffing.reference.Block;
import vn.twotier.staffing.reference.FrameIncrements;
import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.PositionNorm;
import vn.twotier.staffing.reference.Specialty;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.reference.StaffingNorm;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.unit.UnitVersion;

/** Pure computation of one unit's gap from its roster and the norms that apply; no I/O. */
final class GapCalculator {

    /** What the calculator needs besides the unit: reference data read once per computation. */
    record Reference(Map<String, Position> positions, Map<String, Specialty> specialties,
            java.util.function.Function<String, List<PositionNorm>> positionNorms, int defaultThreshold) {
    }

    private static final Set<StaffCategory> CBCC = EnumSet.of(StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT);

    private GapCalculator() {
    }

    /**
     * {@code increments} (null when no increment rule applies to the frame) add to the frame and, separately, to the
     * non-professional frame of the same regime.
     */
    static UnitGap compute(UnitVersion unit, List<StaffMember> staff, AppliedNorms norms,
            @org.jspecify.annotations.Nullable FrameIncrements increments, LocalDate asOf, Reference reference) {
        StaffingNorm frameNorm = norms.frame();
        Predicate<StaffMember> counted = member -> counts(frameNorm, member, reference);
        List<StaffMember> present = staff.stream().filter(member -> !member.outgoingSecondee()).toList();
        int actual = (int) present.stream().filter(counted).count();
        int incoming = (int) present.stream().filter(counted).filter(StaffMember::incomingSecondee).count();
        int outgoing = (int) staff.stream().filter(StaffMember::outgoingSecondee).filter(counted).count();
        int added = increments == null ? 0 : increments.total();
        int frame = norms.frameSize() + added;
        int surplus = actual - frame;

        StaffingNorm thresholdNorm = norms.threshold();
        int threshold = thresholdNorm != null && thresholdNorm.maxCount() != null ? thresholdNorm.maxCount()
                : reference.defaultThreshold();
        // Conclusion 586: CBCC excluding the Military Command, unless the threshold norm says otherwise
        Predicate<StaffMember> thresholdScope = thresholdNorm != null ? member -> counts(thresholdNorm, member,
                reference) : member -> CBCC.contains(member.category()) && block(member, reference) != Block.MILITARY;
        int thresholdCount = (int) present.stream().filter(thresholdScope).count();

        List<StaffMember> countedStaff = present.stream().filter(counted).toList();
        List<PositionNorm> positionNorms = frameNorm == null || frameNorm.positionNormSet() == null ? List.of()
                : reference.positionNorms().apply(frameNorm.positionNormSet());
        List<UnitGap.PositionLine> positions = positionLines(countedStaff, positionNorms, reference);
        List<UnitGap.SpecialtyLine> specialties = specialtyLines(positions, countedStaff, reference);
        List<String> missing = specialties.stream()
                .filter(line -> line.norm() > 0 && line.actual() == 0)
                .filter(line -> reference.specialties().containsKey(line.specialty())
                        && reference.specialties().get(line.specialty()).reportedWhenMissing())
                .map(UnitGap.SpecialtyLine::specialty).toList();

        return new UnitGap(unit.code(), unit.validFrom(), unit.name(), unit.type().name(), unit.provinceCode(), asOf,
                norms.unitClass(), norms.classAssumed(), frameNorm == null ? null : frameNorm.normId(),
                frameNorm == null ? null : frameNorm.regime(), frame, actual, incoming, outgoing, surplus,
                status(surplus), staff.size(), thresholdCount, threshold, thresholdCount >= threshold,
                secondary(norms.nonProfessionalFrame(), sameRegime(norms.nonProfessionalFrame(), frameNorm) ? added : 0,
                        present, reference),
                secondary(norms.partyFrame(), 0, present, reference), missing, positions, specialties, increments);
    }

    static GapStatus status(int surplus) {
        return surplus > 0 ? GapStatus.SURPLUS : surplus == 0 ? GapStatus.AT_FRAME : GapStatus.SHORT;
    }

    private static boolean counts(StaffingNorm norm, StaffMember member, Reference reference) {
        if (norm == null) {
            return false;
        }
        Block block = block(member, reference);
        return norm.countedCategories().contains(member.category()) && block != null
                && norm.countedBlocks().contains(block);
    }

    private static Block block(StaffMember member, Reference reference) {
        Position position = reference.positions().get(member.positionCode());
        return position == null ? null : position.block();
    }

    private static boolean sameRegime(StaffingNorm norm, StaffingNorm frameNorm) {
        return norm != null && frameNorm != null && java.util.Objects.equals(norm.regime(), frameNorm.regime());
    }

    private static UnitGap.SecondaryFrame secondary(StaffingNorm norm, int increments, List<StaffMember> present,
            Reference reference) {
        if (norm == null || norm.maxCount() == null) {
            return null;
        }
        int actual = (int) present.stream().filter(member -> counts(norm, member, reference)).count();
        int frame = norm.maxCount() + increments;
        return new UnitGap.SecondaryFrame(norm.normId(), frame, actual, actual - frame, norm.maxCount(), increments);
    }

    private static List<UnitGap.PositionLine> positionLines(List<StaffMember> counted, List<PositionNorm> norms,
            Reference reference) {
        Map<String, int[]> byPosition = new LinkedHashMap<>();
        norms.forEach(norm -> byPosition.computeIfAbsent(norm.positionCode(), key -> new int[2])[0] += norm.count());
        counted.forEach(member -> byPosition.computeIfAbsent(member.positionCode(), key -> new int[2])[1]++);
        List<UnitGap.PositionLine> lines = new ArrayList<>();
        byPosition.forEach((code, figures) -> {
            Position position = reference.positions().get(code);
            lines.add(new UnitGap.PositionLine(code, position == null ? code : position.nameVi(),
                    position == null ? null : position.department(), position == null ? null : position.specialty(),
                    figures[0], figures[1], figures[1] - figures[0]));
        });
        return lines;
    }

    /** Per specialty: the norm from the posts' specialties, the actual from the people's own specialties. */
    private static List<UnitGap.SpecialtyLine> specialtyLines(List<UnitGap.PositionLine> positions,
            List<StaffMember> counted, Reference reference) {
        Map<String, int[]> bySpecialty = new TreeMap<>();
        for (UnitGap.PositionLine line : positions) {
            if (line.specialty() != null) {
                bySpecialty.computeIfAbsent(line.specialty(), key -> new int[2])[0] += line.norm();
            }
        }
        counted.forEach(member -> bySpecialty.computeIfAbsent(member.specialtyCode(), key -> new int[2])[1]++);
        List<UnitGap.SpecialtyLine> lines = new ArrayList<>();
        bySpecialty.forEach((code, figures) -> {
            Specialty specialty = reference.specialties().get(code);
            lines.add(new UnitGap.SpecialtyLine(code, specialty == null ? code : specialty.nameVi(), figures[0],
                    figures[1], figures[1] - figures[0]));
        });
        return lines;
    }
}
