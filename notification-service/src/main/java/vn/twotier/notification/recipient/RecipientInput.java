package vn.twotier.notification.recipient;

import org.jspecify.annotations.Nullable;

/** A recipient as a person typed it, in a request body or a row of an import file; not yet validated. */
public record RecipientInput(
        @Nullable String id,
        @Nullable String provinceCode,
        @Nullable String unitCode,
        @Nullable String role,
        @Nullable String name,
        @Nullable String personId,
        @Nullable String email,
        @Nullable String webhookUrl,
        @Nullable String webhookSecret,
        @Nullable Boolean digest,
        @Nullable Boolean active,
        @Nullable Long version) {
}
