package vn.twotier.notification.rule;

import vn.twotier.notification.recipient.RecipientRole;

/** One role to notify, in the units of one scope. */
public record Target(RecipientRole role, Scope scope) {
}
