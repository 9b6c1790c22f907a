package vn.twotier.notification.recipient;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person or office to notify, in one role for one unit (the province code for province-level roles).
 * In-app delivery is always on; e-mail and webhook only when an address is given.
 */
@Document("recipients")
@CompoundIndex(name = "unit_role", def = "{'unitCode': 1, 'role': 1}")
@CompoundIndex(name = "person_role", def = "{'personId': 1, 'role': 1}")
public class Recipient {

    @Id
    private String id;

    @Version
    private Long version;

    private String provinceCode;
    private String unitCode;
    private RecipientRole role;
    private String name;
    /** The roster's person id, for a seconded person: secondment events name people by id only. */
    private @Nullable String personId;
    private @Nullable String email;
    private @Nullable String webhookUrl;
    private @Nullable String webhookSecret;
    /** High-volume roles may prefer one digest over many e-mails. */
    private boolean digest;
    private boolean active = true;
    /** Created by the service itself so a fresh province has someone to notify. */
    private boolean createdByDefault;
    private Instant createdAt;
    private Instant updatedAt;

    protected Recipient() {
    }

    public Recipient(String id, String provinceCode, String unitCode, RecipientRole role, String name, Instant now) {
        this.id = id;
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.role = role;
        this.name = name;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public String getId() {
        return id;
    }

    public Long getVersion() {
        return version;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public RecipientRole getRole() {
        return role;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getPersonId() {
        return personId;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public @Nullable String getWebhookUrl() {
        return webhookUrl;
    }

    public @Nullable String getWebhookSecret() {
        return webhookSecret;
    }

    public boolean isDigest() {
        return digest;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isCreatedByDefault() {
        return createdByDefault;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void update(String provinceCode, String unitCode, RecipientRole role, String name,
            @Nullable String personId, @Nullable String email, @Nullable String webhookUrl,
            @Nullable String webhookSecret, boolean digest, boolean active, Instant now) {
        this.personId = personId;
        this.provinceCode = provinceCode;
        this.unitCode = unitCode;
        this.role = role;
        this.name = name;
        this.email = email;
        this.webhookUrl = webhookUrl;
        this.webhookSecret = webhookSecret;
        this.digest = digest;
        this.active = active;
        this.updatedAt = now;
    }

    void markCreatedByDefault() {
        this.createdByDefault = true;
    }
}
