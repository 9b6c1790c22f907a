package vn.twotier.events.staffing;

/** Staff projected onto one proposed unit of a scenario, against the frame that would apply to it. */
public record ProjectedUnitStaffing(String unitCode, String name, int staff, int frame, int surplus) {
}
