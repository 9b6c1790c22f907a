package vn.twotier.notification.recipient;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A recipient as the API shows it; the webhook secret never leaves the service. */
public record RecipientView(
        String id,
        long version,
        String provinceCode,
        String unitCode,
        RecipientRole role,
        String roleName,
        String roleNameEn,
        String name,
        @Nullable String personId,
        @Nullable String email,
        @Nullable String webhookUrl,
        boolean webhookSigned,
        boolean digest,
        boolean active,
        boolean createdByDefault,
        Instant createdAt,
        Instant updatedAt) {

    public static RecipientView of(Recipient r) {
        return new RecipientView(r.getId(), r.getVersion() == null ? 0 : r.getVersion(), r.getProvinceCode(),
                r.getUnitCode(), r.getRole(), r.getRole().vietnamese(), r.getRole().english(), r.getName(),
                r.getPersonId(), r.getEmail(), r.getWebhookUrl(), r.getWebhookSecret() != null, r.isDigest(),
                r.isActive(), r.isCreatedByDefault(), r.getCreatedAt(), r.getUpdatedAt());
    }
}
