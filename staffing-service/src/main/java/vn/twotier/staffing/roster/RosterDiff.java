package vn.twotier.staffing.roster;

import java.util.List;

/** What an import would change: counts, the units touched, and their new rosters (only those that change). */
public record RosterDiff(int added, int updated, int removed, List<String> unitCodes, List<UnitRoster> changedRosters) {

    public boolean isEmpty() {
        return changedRosters.isEmpty();
    }
}
