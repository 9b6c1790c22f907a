package vn.twotier.notification.rule;

/** Where a rule's role is looked up. */
public enum Scope {
    /** The province the event belongs to (province-level roles such as the organization committee). */
    PROVINCE,
    /** Every unit the event is about (a scenario's proposed and predecessor units, the unit whose gap changed). */
    EVENT_UNITS,
    /** The unit (or, for a campaign, units) sending staff on secondment. */
    SENDING_UNIT,
    /** The unit (or units) receiving seconded staff. */
    RECEIVING_UNIT,
    /** The person the event is about (the seconded person), matched by person id. */
    PERSON
}
