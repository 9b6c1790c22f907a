package vn.twotier.staffing.unit;

/** In-process signal that one unit version's register data changed, so its staffing figures are recomputed. */
public record UnitChanged(String unitId, String unitCode, String provinceCode) {
}
