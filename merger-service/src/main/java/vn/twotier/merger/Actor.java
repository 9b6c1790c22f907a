package vn.twotier.merger;

import org.jspecify.annotations.Nullable;

/**
 * Who is acting, for audit trails and events. Taken from the {@code X-User} request header until the gateway
 * authenticates users; requests without it are recorded as "anonymous".
 */
public final class Actor {

    public static final String HEADER = "X-User";
    public static final String ANONYMOUS = "anonymous";

    private Actor() {
    }

    public static String of(@Nullable String header) {
        if (header == null || header.isBlank()) {
            return ANONYMOUS;
        }
        String name = java.text.Normalizer.normalize(header.strip(), java.text.Normalizer.Form.NFC);
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
