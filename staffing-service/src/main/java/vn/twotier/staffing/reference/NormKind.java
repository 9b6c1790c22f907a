package vn.twotier.staffing.reference;

/** How a norm is used: a unit's frame, a secondary frame, an increment rule, a threshold, a planning figure. */
public enum NormKind {
    FRAME,
    NON_PROFESSIONAL_FRAME,
    PARTY_FRAME,
    INCREMENT,
    DEPUTY_RULE,
    PLANNING,
    THRESHOLD
}
