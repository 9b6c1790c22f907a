package vn.twotier.notification.rule;

import java.util.Set;

/** Conditions a rule may require of an event, as the event handlers derive them. */
public final class Conditions {

    /** A unit's staffing moved into shortage (it was not short before). */
    public static final String ENTERED_SHORT = "ENTERED_SHORT";
    /** A unit's staffing moved out of shortage. */
    public static final String LEFT_SHORT = "LEFT_SHORT";
    /** A unit's staffing moved into surplus. */
    public static final String ENTERED_SURPLUS = "ENTERED_SURPLUS";

    public static final Set<String> ALL = Set.of(ENTERED_SHORT, LEFT_SHORT, ENTERED_SURPLUS);

    private Conditions() {
    }
}
