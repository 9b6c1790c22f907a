package vn.twotier.notification.rule;

/** Which units a rule's role is looked up in. */
public enum Scope {
    /** The province the event belongs to (province-level roles such as the organization committee). */
    PROVINCE,
    /** Every unit the event is about (a scenario's proposed and predecessor units, the unit whose gap changed). */
    EVENT_UNITS
}
