package vn.twotier.staffing.secondment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.staffing.gap.GapService;
import vn.twotier.staffing.gap.UnitGap;
import vn.twotier.staffing.roster.RosterStore;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.roster.UnitRoster;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;

/** The units, rosters and gap figures the secondment flow reads, on a given day. */
@Component
public class GapLookup {

    private final UnitReadModel units;
    private final RosterStore rosters;
    private final GapService gaps;

    public GapLookup(UnitReadModel units, RosterStore rosters, GapService gaps) {
        this.units = units;
        this.rosters = rosters;
        this.gaps = gaps;
    }

    public Optional<UnitVersion> unit(String code, LocalDate on) {
        return units.find(code, on);
    }

    public List<StaffMember> staff(UnitVersion unit) {
        return rosters.staffOf(unit.code(), unit.validFrom());
    }

    public Optional<StaffMember> person(UnitVersion unit, String personId) {
        return staff(unit).stream().filter(member -> member.personId().equals(personId)).findFirst();
    }

    /** The unit's gap on {@code on}; null when it is unknown, has no roster (not assessed) or no frame applies. */
    public @Nullable UnitGap gap(String code, LocalDate on) {
        UnitVersion unit = units.find(code, on).orElse(null);
        if (unit == null) {
            return null;
        }
        Optional<UnitRoster> roster = rosters.of(unit.code(), unit.validFrom());
        if (roster.isEmpty()) {
            return null;
        }
        UnitGap gap = gaps.compute(gaps.context(), unit, roster.get().staff(), on);
        return gap.normId() == null ? null : gap;
    }

    /** Every assessed unit of a province on {@code on}. */
    public List<UnitGap> province(String provinceCode, LocalDate on) {
        return gaps.units(provinceCode, on).stream().filter(gap -> gap.normId() != null && gap.totalStaff() > 0)
                .toList();
    }
}
