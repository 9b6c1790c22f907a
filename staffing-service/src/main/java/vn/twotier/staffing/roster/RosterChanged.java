package vn.twotier.staffing.roster;

import java.util.List;

/** In-process signal that rosters of these unit versions (ids "code@validFrom") changed; gaps are recomputed. */
public record RosterChanged(String provinceCode, List<String> unitIds) {
}
