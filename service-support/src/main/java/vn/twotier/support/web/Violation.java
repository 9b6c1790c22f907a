package vn.twotier.support.web;

import org.jspecify.annotations.Nullable;

/** One problem in the input: where (a file line and/or a field), a stable code, and a readable message. */
public record Violation(@Nullable Integer line, @Nullable String field, String code, String message) {

    public static Violation atLine(int line, @Nullable String field, String code, String message) {
        return new Violation(line, field, code, message);
    }

    public static Violation ofField(String field, String code, String message) {
        return new Violation(null, field, code, message);
    }
}
