package vn.twotier.staffing.redistribution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.staffing.gap.GapService;
import vn.twotier.staffing.gap.UnitGap;
import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.PositionCatalog;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.RosterStore;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * Matches surplus civil servants to shortages by specialty as a min-cost flow: the most people that the shortages
 * can use are moved, and among those plans the cheapest wins. Costs prefer filling a specialty a unit has none of,
 * and a move within the same former district (the register has no coordinates; the former district is the nearness
 * we know). Only specialist civil servants move (cadres are elected; leaders stay); a source never drops below its
 * frame; pregnant women and parents of a child under 36 months are not proposed (Law on Public Employees Art. 36).
 */
@Service
public class RedistributionPlanner {

    private final GapService gaps;
    private final RosterStore rosters;
    private final UnitReadModel units;
    private final PositionCatalog catalog;
    private final int baseCost;
    private final int otherDistrictCost;
    private final int missingSpecialtyBonus;

    public RedistributionPlanner(GapService gaps, RosterStore rosters, UnitReadModel units, PositionCatalog catalog,
            @Value("${twotier.staffing.redistribution.base-cost:10}") int baseCost,
            @Value("${twotier.staffing.redistribution.other-district-cost:5}") int otherDistrictCost,
            @Value("${twotier.staffing.redistribution.missing-specialty-bonus:4}") int missingSpecialtyBonus) {
        this.gaps = gaps;
        this.rosters = rosters;
        this.units = units;
        this.catalog = catalog;
        this.baseCost = baseCost;
        this.otherDistrictCost = otherDistrictCost;
        this.missingSpecialtyBonus = missingSpecialtyBonus;
    }

    private record Candidate(StaffMember person, UnitGap from) {
    }

    private record Need(UnitGap unit, String specialty, int count, boolean missing) {
    }

    public RedistributionPlan plan(String provinceCode, LocalDate asOf) {
        List<UnitGap> all = gaps.units(provinceCode, asOf).stream().filter(gap -> gap.normId() != null).toList();
        Map<String, Position> positions = catalog.positionsByCode();
        Map<String, String> specialtyNames = new LinkedHashMap<>();
        catalog.specialties().forEach(s -> specialtyNames.put(s.code(), s.nameVi()));
        Map<String, Set<String>> districts = new LinkedHashMap<>();
        all.forEach(gap -> districts.put(gap.unitCode(), formerDistricts(gap, asOf)));

        Map<String, Integer> excluded = new TreeMap<>();
        Map<UnitGap, List<Candidate>> candidates = new LinkedHashMap<>();
        for (UnitGap gap : all) {
            if (gap.surplus() <= 0) {
                continue;
            }
            Map<String, Integer> overBySpecialty = new LinkedHashMap<>();
            gap.specialties().forEach(line -> overBySpecialty.put(line.specialty(), line.difference()));
            List<Candidate> movable = new ArrayList<>();
            for (StaffMember person : rosters.staffOf(gap.unitCode(), gap.validFrom())) {
                Position position = positions.get(person.positionCode());
                if (position == null || !"SPECIALIST".equals(position.role())
                        || person.category() != StaffCategory.CIVIL_SERVANT || person.incomingSecondee()
                        || person.outgoingSecondee() || overBySpecialty.getOrDefault(person.specialtyCode(), 0) <= 0) {
                    continue;
                }
                if (person.pregnant() || person.childUnder36Months()) {
                    excluded.merge("PREGNANT_OR_CHILD_UNDER_36_MONTHS", 1, Integer::sum);
                    continue;
                }
                movable.add(new Candidate(person, gap));
            }
            movable.sort(Comparator.comparing(candidate -> candidate.person().personId()));
            candidates.put(gap, movable);
        }
        List<Need> needs = new ArrayList<>();
        for (UnitGap gap : all) {
            if (gap.surplus() >= 0) {
                continue;
            }
            for (UnitGap.SpecialtyLine line : gap.specialties()) {
                if (line.difference() < 0) {
                    needs.add(new Need(gap, line.specialty(), -line.difference(), line.actual() == 0));
                }
            }
        }

        // the flow network: source → source unit (its surplus) → (unit, specialty) group → need → short unit
        // (its shortage) → sink
        MinCostFlow flow = new MinCostFlow();
        int source = flow.node();
        int sink = flow.node();
        Map<String, Integer> shortNodes = new LinkedHashMap<>();
        for (UnitGap gap : all) {
            if (gap.surplus() < 0) {
                int node = flow.node();
                shortNodes.put(gap.unitCode(), node);
                flow.edge(node, sink, -gap.surplus(), 0);
            }
        }
        Map<Need, Integer> needNodes = new LinkedHashMap<>();
        for (Need need : needs) {
            int node = flow.node();
            needNodes.put(need, node);
            flow.edge(node, shortNodes.get(need.unit().unitCode()), need.count(), 0);
        }
        record Group(UnitGap from, String specialty, List<Candidate> people) {
        }
        Map<Group, Map<Need, int[]>> arcs = new LinkedHashMap<>();
        for (Map.Entry<UnitGap, List<Candidate>> entry : candidates.entrySet()) {
            if (entry.getValue().isEmpty()) {
                continue;
            }
            int unitNode = flow.node();
            flow.edge(source, unitNode, entry.getKey().surplus(), 0);
            Map<String, List<Candidate>> bySpecialty = new TreeMap<>();
            entry.getValue().forEach(c -> bySpecialty.computeIfAbsent(c.person().specialtyCode(),
                    key -> new ArrayList<>()).add(c));
            for (Map.Entry<String, List<Candidate>> group : bySpecialty.entrySet()) {
                int surplusInSpecialty = entry.getKey().specialties().stream()
                        .filter(line -> line.specialty().equals(group.getKey()))
                        .mapToInt(UnitGap.SpecialtyLine::difference).findFirst().orElse(0);
                int groupNode = flow.node();
                flow.edge(unitNode, groupNode, Math.min(group.getValue().size(), surplusInSpecialty), 0);
                Group key = new Group(entry.getKey(), group.getKey(), group.getValue());
                Map<Need, int[]> groupArcs = new LinkedHashMap<>();
                for (Need need : needs) {
                    if (need.specialty().equals(group.getKey())) {
                        int cost = baseCost + (sameDistrict(districts, entry.getKey(), need.unit()) ? 0
                                : otherDistrictCost) - (need.missing() ? missingSpecialtyBonus : 0);
                        groupArcs.put(need, flow.edge(groupNode, needNodes.get(need), need.count(), cost));
                    }
                }
                arcs.put(key, groupArcs);
            }
        }
        flow.solve(source, sink);

        List<RedistributionPlan.Move> moves = new ArrayList<>();
        Map<Need, Integer> filled = new LinkedHashMap<>();
        int sameDistrictMoves = 0;
        Set<String> missingFilled = new HashSet<>();
        for (Map.Entry<Group, Map<Need, int[]>> entry : arcs.entrySet()) {
            Group group = entry.getKey();
            int next = 0;
            for (Map.Entry<Need, int[]> arc : entry.getValue().entrySet()) {
                Need need = arc.getKey();
                for (int k = 0; k < MinCostFlow.flow(arc.getValue()); k++) {
                    StaffMember person = group.people().get(next++).person();
                    boolean near = sameDistrict(districts, group.from(), need.unit());
                    sameDistrictMoves += near ? 1 : 0;
                    if (need.missing()) {
                        missingFilled.add(need.unit().unitCode() + "/" + need.specialty());
                    }
                    filled.merge(need, 1, Integer::sum);
                    moves.add(move(person, group.from(), need, near, districts, specialtyNames));
                }
            }
        }
        Map<String, Integer> unfilled = new TreeMap<>();
        needs.forEach(need -> {
            int left = need.count() - filled.getOrDefault(need, 0);
            if (left > 0) {
                unfilled.merge(need.specialty(), left, Integer::sum);
            }
        });
        moves.sort(Comparator.comparing(RedistributionPlan.Move::toUnit).thenComparing(RedistributionPlan.Move::personId));
        int surplusBefore = all.stream().mapToInt(gap -> Math.max(0, gap.surplus())).sum();
        int shortageBefore = all.stream().mapToInt(UnitGap::shortage).sum();
        return new RedistributionPlan(provinceCode, asOf, moves.size(), surplusBefore, shortageBefore,
                surplusBefore - moves.size(), shortageBefore - moves.size(), sameDistrictMoves, missingFilled.size(),
                unfilled, excluded, moves);
    }

    private RedistributionPlan.Move move(StaffMember person, UnitGap from, Need need, boolean near,
            Map<String, Set<String>> districts, Map<String, String> specialtyNames) {
        String specialtyName = specialtyNames.getOrDefault(need.specialty(), need.specialty());
        List<String> codes = new ArrayList<>(List.of("SOURCE_ABOVE_FRAME", "TARGET_BELOW_FRAME",
                "SPECIALTY_MATCH"));
        StringBuilder reason = new StringBuilder()
                .append(from.name()).append(" dôi dư ").append(from.surplus()).append(" so với khung ")
                .append(from.frame()).append("; ").append(need.unit().name()).append(" thiếu ")
                .append(need.unit().shortage()).append(" so với khung ").append(need.unit().frame());
        if (need.missing()) {
            codes.add("FILLS_MISSING_SPECIALTY");
            reason.append(" và chưa có người làm ").append(specialtyName);
        } else {
            reason.append(", thiếu ").append(need.count()).append(" ").append(specialtyName);
        }
        if (near) {
            codes.add("SAME_FORMER_DISTRICT");
            reason.append("; cùng địa bàn ").append(String.join(", ", intersection(districts.get(from.unitCode()),
                    districts.get(need.unit().unitCode()))));
        }
        return new RedistributionPlan.Move(person.personId(), from.unitCode(), from.name(), need.unit().unitCode(),
                need.unit().name(), need.specialty(), person.positionCode(), person.category().name(), codes,
                reason.append('.').toString());
    }

    private static boolean sameDistrict(Map<String, Set<String>> districts, UnitGap a, UnitGap b) {
        return !intersection(districts.get(a.unitCode()), districts.get(b.unitCode())).isEmpty();
    }

    private static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> common = new java.util.TreeSet<>(a);
        common.retainAll(b);
        return common;
    }

    /** A unit's own district, or for a new unit the districts its predecessors belonged to. */
    private Set<String> formerDistricts(UnitGap gap, LocalDate asOf) {
        Set<String> names = new java.util.TreeSet<>();
        units.find(gap.unitCode(), asOf).ifPresent(unit -> {
            if (unit.districtName() != null) {
                names.add(unit.districtName());
            }
            if (unit.predecessors() != null) {
                for (LineageLink link : unit.predecessors()) {
                    units.version(link.unitCode(), link.validFrom()).map(UnitVersion::districtName)
                            .ifPresent(names::add);
                }
            }
        });
        return names;
    }

}
