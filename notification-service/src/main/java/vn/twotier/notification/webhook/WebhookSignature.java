package vn.twotier.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 over {@code <timestamp>.<body>} with the recipient's shared secret, sent as
 * {@code X-TwoTier-Signature: v1=<lower-case hex>} next to {@code X-TwoTier-Timestamp: <unix seconds>}. Signing the
 * timestamp with the body lets a receiver refuse replays of an old request (see the README's verification recipe).
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-TwoTier-Signature";
    public static final String TIMESTAMP_HEADER = "X-TwoTier-Timestamp";
    public static final String DELIVERY_HEADER = "X-TwoTier-Delivery";
    public static final String SCHEME = "v1=";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return SCHEME + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
