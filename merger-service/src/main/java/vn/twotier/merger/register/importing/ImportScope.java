package vn.twotier.merger.register.importing;

/** What a register import records from a mapping file. */
public enum ImportScope {
    /** Both sides of the reform: old units retired the day before the reform, new units from it, lineage both ways. */
    FULL,
    /** Old units only, still valid: the register as it was before the reform, ready to replay it as a scenario. */
    PRE_REFORM;

    /** Accepts {@code full}, {@code pre-reform} (as in the query parameter) and the enum names. */
    public static ImportScope parse(String value) {
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "full", "history" -> FULL;
            case "pre-reform" -> PRE_REFORM;
            default -> throw new IllegalArgumentException("scope must be full or pre-reform, not " + value);
        };
    }
}
