package vn.twotier.events;

import java.util.List;

/** Topic names. Every topic has a dead-letter twin {@code <topic>.DLT} with the same partition count. */
public final class Topics {

    public static final String MERGER_UNITS = "twotier.merger.units";
    public static final String MERGER_SCENARIOS = "twotier.merger.scenarios";
    public static final String STAFFING_ROSTERS = "twotier.staffing.rosters";
    public static final String STAFFING_GAPS = "twotier.staffing.gaps";
    public static final String STAFFING_PROJECTIONS = "twotier.staffing.projections";
    public static final String STAFFING_SECONDMENTS = "twotier.staffing.secondments";
    public static final String NOTIFICATION_DELIVERIES = "twotier.notification.deliveries";

    public static final String DLT_SUFFIX = ".DLT";

    /** Aggregate topics are keyed by aggregate id; 6 partitions leave room for 6 consumers per group. */
    public static final int PARTITIONS = 6;

    public static final List<String> ALL = List.of(
            MERGER_UNITS, MERGER_SCENARIOS, STAFFING_ROSTERS, STAFFING_GAPS, STAFFING_PROJECTIONS, STAFFING_SECONDMENTS,
            NOTIFICATION_DELIVERIES);

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DLT_SUFFIX;
    }

    public static boolean isDeadLetter(String topic) {
        return topic.endsWith(DLT_SUFFIX);
    }
}
