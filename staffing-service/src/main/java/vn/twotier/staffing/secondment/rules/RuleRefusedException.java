package vn.twotier.staffing.secondment.rules;

import java.util.List;

import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** 422: one or more secondment rules refuse the request; each refusal names its rule and its legal basis. */
public class RuleRefusedException extends ValidationFailedException {

    public RuleRefusedException(List<RuleFinding> refusals) {
        super("secondment-rule", refusals.stream().map(RuleFinding::message).reduce((a, b) -> a + " " + b)
                .orElse(""), refusals.stream()
                .map(finding -> Violation.ofField(finding.rule(), finding.rule(),
                        finding.message() + " (" + finding.legalBasis() + ")"))
                .toList());
        with("rules", refusals.stream().map(RuleFinding::rule).toList());
        with("legalBasis", refusals.stream().map(RuleFinding::legalBasis).distinct().toList());
    }

    /** Throws when any finding is a refusal; returns the warnings otherwise. */
    public static List<RuleFinding> throwIfRefused(List<RuleFinding> findings) {
        List<RuleFinding> refusals = findings.stream().filter(RuleFinding::refusal).toList();
        if (!refusals.isEmpty()) {
            throw new RuleRefusedException(refusals);
        }
        return findings;
    }
}
