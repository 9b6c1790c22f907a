package vn.twotier.notification.delivery;

/** How a notification reaches its recipient. Exactly one notification per (event id, recipient, channel). */
public enum Channel {
    IN_APP,
    WEBHOOK,
    EMAIL
}
