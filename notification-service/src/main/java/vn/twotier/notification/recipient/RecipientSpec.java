package vn.twotier.notification.recipient;

import org.jspecify.annotations.Nullable;

/** A validated recipient: codes trimmed, role known, names in NFC, province-level roles attached to the province. */
public record RecipientSpec(
        @Nullable String id,
        String provinceCode,
        String unitCode,
        RecipientRole role,
        String name,
        @Nullable String personId,
        @Nullable String email,
        @Nullable String webhookUrl,
        @Nullable String webhookSecret,
        boolean digest,
        boolean active) {
}
