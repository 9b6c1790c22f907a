package vn.twotier.staffing.secondment.rules;

/**
 * The outcome of one secondment rule for one request: a refusal (the request cannot go on) or a warning (noted on
 * the request, it goes on). Messages in Vietnamese with English alongside; never a person's name.
 */
public record RuleFinding(String rule, Severity severity, String legalBasis, String messageVi, String messageEn) {

    public enum Severity {
        REFUSAL,
        WARNING
    }

    public boolean refusal() {
        return severity == Severity.REFUSAL;
    }

    public String message() {
        return messageVi + " / " + messageEn;
    }
}
