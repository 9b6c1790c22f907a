package vn.twotier.notification.rule;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.twotier.events.EventCatalog;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Rules must name known event types and conditions, have targets, and escalate only when they need an answer. */
@Component
public class RuleValidator {

    public void validate(List<NotificationRule> rules) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < rules.size(); i++) {
            NotificationRule rule = rules.get(i);
            String at = "rules[" + i + "]";
            if (rule.eventType() == null || EventCatalog.byType(rule.eventType()).isEmpty()) {
                violations.add(Violation.ofField(at + ".eventType", "unknown-event-type",
                        "Unknown event type " + rule.eventType() + "; known: "
                                + EventCatalog.all().stream().map(EventCatalog.Descriptor::type).toList()));
            }
            if (rule.condition() != null && !Conditions.ALL.contains(rule.condition())) {
                violations.add(Violation.ofField(at + ".condition", "unknown-condition",
                        "Unknown condition " + rule.condition() + "; known: " + Conditions.ALL));
            }
            if (rule.targets() == null || rule.targets().isEmpty()) {
                violations.add(Violation.ofField(at + ".targets", "required", "A rule needs at least one target."));
            } else {
                for (int t = 0; t < rule.targets().size(); t++) {
                    Target target = rule.targets().get(t);
                    if (target == null || target.role() == null || target.scope() == null) {
                        violations.add(Violation.ofField(at + ".targets[" + t + "]", "required",
                                "A target needs a role and a scope."));
                    }
                }
            }
            if (rule.requiresAction() && rule.escalateTo() != null && (rule.acknowledgeWithin() == null
                    || rule.acknowledgeWithin().isNegative() || rule.acknowledgeWithin().isZero())) {
                violations.add(Violation.ofField(at + ".acknowledgeWithin", "required",
                        "Escalation needs a positive acknowledgement deadline (ISO-8601 duration, e.g. P3D)."));
            }
            if (!rule.requiresAction() && (rule.escalateTo() != null || rule.acknowledgeWithin() != null)) {
                violations.add(Violation.ofField(at + ".actionRequired", "inconsistent",
                        "Only a rule that requires action can have a deadline or escalate."));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException("invalid-rules", "The rules were not stored.", violations);
        }
    }
}
