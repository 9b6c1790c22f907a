package vn.twotier.staffing.unit;

/** In-process signal that a unit's register data changed, so its staffing figures are recomputed. */
public record UnitChanged(String unitCode, String provinceCode) {
}
