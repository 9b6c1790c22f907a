package vn.twotier.notification.delivery;

import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.rule.NotificationRule;

/** A recipient and the rule (of rule-set version {@code ruleSetVersion}) that names them for an event. */
public record DeliveryPlan(Recipient recipient, NotificationRule rule, long ruleSetVersion) {

    /** Of two rules naming the same recipient, keep the one that asks for an acknowledgement. */
    public DeliveryPlan stronger(DeliveryPlan other) {
        return !rule.requiresAction() && other.rule.requiresAction() ? other : this;
    }
}
