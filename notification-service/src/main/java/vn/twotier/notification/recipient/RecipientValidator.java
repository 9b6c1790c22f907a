package vn.twotier.notification.recipient;

import java.net.URI;
import java.net.URISyntaxException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.notification.readmodel.UnitNames;
import vn.twotier.support.web.Violation;

/**
 * Checks a recipient the same way whether it comes over HTTP or from a file, and reports every problem at once
 * (with the file line, when there is one).
 */
@Component
public class RecipientValidator {

    /** Roles held by the province itself rather than by one of its units. */
    public static final Set<RecipientRole> PROVINCE_ROLES =
            EnumSet.of(RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE, RecipientRole.HOME_AFFAIRS_DEPARTMENT);

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,12}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MIN_SECRET = 16;

    private final UnitNames units;

    public RecipientValidator(UnitNames units) {
        this.units = units;
    }

    /** The valid recipient, or null when {@code report} was given at least one violation. */
    public @Nullable RecipientSpec validate(RecipientInput in, @Nullable Integer line, Consumer<Violation> report) {
        Counting counting = new Counting(report);
        String id = blankToNull(in.id());
        if (id != null && !ID.matcher(id).matches()) {
            counting.add(line, "id", "invalid", "An id has 1–64 letters, digits, '.', '_' or '-'.");
        }
        String province = blankToNull(in.provinceCode());
        if (province == null) {
            counting.add(line, "provinceCode", "required", "The province code is required.");
        } else if (!CODE.matcher(province).matches()) {
            counting.add(line, "provinceCode", "invalid", "A province code has 1–12 letters or digits, e.g. 01.");
        }
        RecipientRole role = role(in.role());
        if (role == null) {
            counting.add(line, "role", in.role() == null ? "required" : "unknown-role",
                    "The role must be one of " + Arrays.toString(RecipientRole.values()) + ".");
        }
        String unit = blankToNull(in.unitCode());
        if (role != null && PROVINCE_ROLES.contains(role)) {
            if (unit != null && !unit.equals(province)) {
                counting.add(line, "unitCode", "province-role", "A " + role + " belongs to its province: leave the "
                        + "unit code empty or equal to the province code.");
            }
            unit = province;
        } else if (role != null && unit == null) {
            counting.add(line, "unitCode", "required", "A " + role + " belongs to a unit: give its code.");
        }
        if (unit != null && !CODE.matcher(unit).matches()) {
            counting.add(line, "unitCode", "invalid", "A unit code has 1–12 letters or digits, e.g. 00004.");
        } else if (unit != null && province != null && !unit.equals(province)) {
            String unitProvince = units.find(unit).map(u -> u.provinceCode()).orElse(null);
            if (unitProvince != null && !unitProvince.equals(province)) {
                counting.add(line, "unitCode", "wrong-province", "Unit " + unit + " is in province " + unitProvince
                        + ", not " + province + ".");
            }
        }
        String name = blankToNull(in.name());
        if (name == null) {
            counting.add(line, "name", "required", "The name is required.");
        } else if (name.length() > 200) {
            counting.add(line, "name", "too-long", "A name has at most 200 characters.");
        }
        String person = blankToNull(in.personId());
        if (role == RecipientRole.SECONDED_PERSON && person == null) {
            counting.add(line, "personId", "required", "A seconded person is found by the roster's person id: give it.");
        } else if (person != null && !ID.matcher(person).matches()) {
            counting.add(line, "personId", "invalid", "A person id has 1–64 letters, digits, '.', '_' or '-'.");
        }
        String email = blankToNull(in.email());
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            counting.add(line, "email", "invalid", "Not an e-mail address: " + email);
        }
        String webhook = blankToNull(in.webhookUrl());
        String secret = blankToNull(in.webhookSecret());
        if (webhook != null && !isHttpUrl(webhook)) {
            counting.add(line, "webhookUrl", "invalid", "A webhook URL is an absolute http(s) URL.");
        }
        if (webhook != null && (secret == null || secret.length() < MIN_SECRET)) {
            counting.add(line, "webhookSecret", "required", "A webhook needs a shared secret of at least "
                    + MIN_SECRET + " characters to sign its requests.");
        }
        if (counting.added > 0) {
            return null;
        }
        return new RecipientSpec(id, province, unit, role, nfc(name), person, email == null ? null : email.toLowerCase(
                Locale.ROOT), webhook, webhook == null ? null : secret, Boolean.TRUE.equals(in.digest()),
                in.active() == null || in.active());
    }

    /** A role by its code ({@code COMMUNE_CHAIR}) or its Vietnamese or English name. */
    public static @Nullable RecipientRole role(@Nullable String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        String wanted = nfc(value);
        for (RecipientRole role : RecipientRole.values()) {
            if (role.name().equalsIgnoreCase(wanted) || role.vietnamese().equalsIgnoreCase(wanted)
                    || role.english().equalsIgnoreCase(wanted)) {
                return role;
            }
        }
        return null;
    }

    private static boolean isHttpUrl(String text) {
        try {
            URI uri = new URI(text);
            return uri.isAbsolute() && uri.getHost() != null
                    && List.of("http", "https").contains(uri.getScheme().toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static final class Counting {
        private final Consumer<Violation> report;
        private int added;

        Counting(Consumer<Violation> report) {
            this.report = report;
        }

        void add(@Nullable Integer line, String field, String code, String message) {
            added++;
            report.accept(new Violation(line, field, code, message));
        }
    }
}
