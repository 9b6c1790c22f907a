package vn.twotier.events.staffing;

/** Why a secondment ended: its end date came (by the clock), it was ended early, or the person was returned. */
public enum SecondmentEndReason {
    END_DATE_REACHED,
    ENDED_EARLY,
    RETURNED
}
