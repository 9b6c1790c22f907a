package vn.twotier.notification.delivery;

/** In-process signal that a notification was stored: live streams and channel senders react without polling. */
public record NotificationCreated(Notification notification) {
}
