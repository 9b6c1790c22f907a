package vn.twotier.notification.message;

/** One user-facing text in Vietnamese (NFC) with the English alongside. */
public record LocalizedText(String vi, String en) {
}
