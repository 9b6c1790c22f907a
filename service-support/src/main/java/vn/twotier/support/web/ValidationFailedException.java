package vn.twotier.support.web;

import java.util.List;

import org.springframework.http.HttpStatus;

/** 422: the input is well-formed but breaks rules; every violation is listed, nothing was stored. */
public class ValidationFailedException extends ApiException {

    private final List<Violation> violations;

    public ValidationFailedException(String slug, String detail, List<Violation> violations) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, slug, "Validation failed", detail);
        this.violations = List.copyOf(violations);
        with("errors", this.violations);
        with("errorCount", this.violations.size());
    }

    public List<Violation> violations() {
        return violations;
    }
}
