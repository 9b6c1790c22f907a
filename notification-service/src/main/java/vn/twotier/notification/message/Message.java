package vn.twotier.notification.message;

/** What a notification says: a title and a body, each in Vietnamese and English. */
public record Message(LocalizedText title, LocalizedText body) {
}
