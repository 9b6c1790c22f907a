package vn.twotier.notification.recipient;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Creates, changes, removes and imports recipients, validating each the same way. */
@Component
public class Recipients {

    private final MongoTemplate mongo;
    private final RecipientValidator validator;
    private final Clock clock;

    public Recipients(MongoTemplate mongo, RecipientValidator validator, Clock clock) {
        this.mongo = mongo;
        this.validator = validator;
        this.clock = clock;
    }

    public Recipient create(RecipientInput input) {
        RecipientSpec spec = valid(input);
        String id = spec.id() != null ? spec.id() : UUID.randomUUID().toString();
        Recipient recipient = apply(new Recipient(id, spec.provinceCode(), spec.unitCode(), spec.role(), spec.name(),
                clock.instant()), spec, clock.instant());
        return mongo.insert(recipient); // an id already taken is a 409 (duplicate key)
    }

    /** Changes a recipient; {@code input.version} must be the version the caller read (else 409). */
    public Recipient update(String id, RecipientInput input) {
        Recipient recipient = existing(id);
        if (input.version() == null || !input.version().equals(recipient.getVersion())) {
            throw new ConflictException("stale-recipient", "Recipient " + id + " is at version "
                    + recipient.getVersion() + "; send the version you read, after reloading it.");
        }
        RecipientSpec spec = valid(input);
        return mongo.save(apply(recipient, spec, clock.instant()));
    }

    public void delete(String id) {
        mongo.remove(existing(id));
    }

    /**
     * Stores every row, or none when any row is invalid. A row without an id gets one derived from its unit, role and
     * name, so importing the same file again updates the same recipients instead of adding copies.
     */
    public ImportResult importAll(List<NumberedInput> rows) {
        List<Violation> violations = new ArrayList<>();
        List<RecipientSpec> specs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (NumberedInput row : rows) {
            RecipientSpec spec = validator.validate(row.input(), row.line(), violations::add);
            if (spec == null) {
                continue;
            }
            String id = spec.id() != null ? spec.id() : derivedId(spec);
            if (!ids.add(id)) {
                violations.add(Violation.atLine(row.line(), "id", "duplicate",
                        "Another row of this file describes the same recipient (" + id + ")."));
            }
            specs.add(withId(spec, id));
        }
        if (rows.isEmpty()) {
            violations.add(Violation.atLine(1, null, "empty", "The file has no recipient rows."));
        }
        if (!violations.isEmpty()) {
            throw new ValidationFailedException("invalid-recipients-file",
                    violations.size() + " problem(s) in the file; no recipient was stored.", violations);
        }
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        for (RecipientSpec spec : specs) {
            Recipient current = mongo.findById(spec.id(), Recipient.class);
            if (current == null) {
                mongo.insert(apply(new Recipient(spec.id(), spec.provinceCode(), spec.unitCode(), spec.role(),
                        spec.name(), now), spec, now));
                created++;
            } else {
                mongo.save(apply(current, spec, now));
                updated++;
            }
        }
        return new ImportResult(rows.size(), created, updated);
    }

    private Recipient existing(String id) {
        Recipient recipient = mongo.findById(id, Recipient.class);
        if (recipient == null) {
            throw new NotFoundException("recipient", "No recipient " + id + ".");
        }
        return recipient;
    }

    private RecipientSpec valid(RecipientInput input) {
        List<Violation> violations = new ArrayList<>();
        RecipientSpec spec = validator.validate(input, null, violations::add);
        if (spec == null) {
            throw new ValidationFailedException("invalid-recipient", "The recipient was not stored.", violations);
        }
        return spec;
    }

    private static Recipient apply(Recipient recipient, RecipientSpec spec, Instant now) {
        recipient.update(spec.provinceCode(), spec.unitCode(), spec.role(), spec.name(), spec.personId(),
                spec.email(), spec.webhookUrl(), spec.webhookSecret(), spec.digest(), spec.active(), now);
        return recipient;
    }

    private static RecipientSpec withId(RecipientSpec spec, String id) {
        return new RecipientSpec(id, spec.provinceCode(), spec.unitCode(), spec.role(), spec.name(), spec.personId(),
                spec.email(), spec.webhookUrl(), spec.webhookSecret(), spec.digest(), spec.active());
    }

    static String derivedId(RecipientSpec spec) {
        String key = String.join("|", spec.unitCode(), spec.role().name(),
                spec.name().toLowerCase(Locale.ROOT), Objects.toString(spec.email(), ""),
                Objects.toString(spec.personId(), ""));
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "r-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An input with the file line it came from. */
    public record NumberedInput(int line, RecipientInput input) {
    }

    public record ImportResult(int rows, int created, int updated) {
    }
}
