package vn.twotier.staffing.roster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitRetiredApplied;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * Staff follow the register: when a unit version retires, its people join its successors — all of them to a whole
 * (FULL) successor, otherwise split in equal shares between the partial successors (register events carry no
 * fraction), in id order. A unit without a roster costs one lookup. When a scenario's take-effect event arrives first
 * (with fractions), it has already moved the people and this finds nobody left.
 */
@Component
class StaffFollowRegister {

    private final RosterStore store;
    private final RosterService rosters;
    private final UnitReadModel units;

    StaffFollowRegister(RosterStore store, RosterService rosters, UnitReadModel units) {
        this.store = store;
        this.rosters = rosters;
        this.units = units;
    }

    @EventListener
    void on(UnitRetiredApplied applied) {
        UnitRetired retired = applied.retirement();
        List<StaffMember> staff = store.staffOf(retired.unitCode(), retired.validFrom()).stream()
                .sorted(Comparator.comparing(StaffMember::personId)).toList();
        if (staff.isEmpty() || retired.successors().isEmpty()) {
            return;
        }
        List<LineageLink> successors = retired.successors();
        List<LineageLink> receiving = successors.stream().anyMatch(link -> link.share() == MergeShare.FULL)
                ? successors.stream().filter(link -> link.share() == MergeShare.FULL).limit(1).toList()
                : successors;
        Map<UnitVersion, List<StaffMember>> arrivals = new LinkedHashMap<>();
        int from = 0;
        for (int i = 0; i < receiving.size(); i++) {
            int to = (int) Math.round((i + 1) * staff.size() / (double) receiving.size());
            LineageLink link = receiving.get(i);
            UnitVersion successor = units.version(link.unitCode(), link.validFrom()).orElse(new UnitVersion(
                    UnitVersion.idOf(link.unitCode(), link.validFrom()), link.unitCode(), link.validFrom(), null, null,
                    null, retired.provinceCode(), null, null, null, null, null, null, null));
            arrivals.put(successor, new ArrayList<>(staff.subList(from, to)));
            from = to;
        }
        rosters.move(retired.provinceCode(), retired.validTo().plusDays(1), "register:" + retired.unitCode()
                + "@" + retired.validFrom(), arrivals);
    }
}
