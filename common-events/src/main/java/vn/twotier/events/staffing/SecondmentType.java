package vn.twotier.events.staffing;

/** SECONDMENT (biệt phái: temporary, payroll stays home, ≤ 3 years) or TRANSFER (điều động: permanent move). */
public enum SecondmentType {
    SECONDMENT,
    TRANSFER
}
