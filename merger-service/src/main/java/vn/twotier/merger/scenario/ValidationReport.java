package vn.twotier.merger.scenario;

import java.util.List;

import vn.twotier.support.web.Violation;

/** Problems that block submission, and warnings that do not (e.g. a unit proposed without any change). */
public record ValidationReport(boolean valid, List<Violation> errors, List<Violation> warnings) {

    public static ValidationReport of(List<Violation> errors, List<Violation> warnings) {
        return new ValidationReport(errors.isEmpty(), List.copyOf(errors), List.copyOf(warnings));
    }
}
