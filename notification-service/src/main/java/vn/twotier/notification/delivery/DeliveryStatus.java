package vn.twotier.notification.delivery;

/** Where a notification is on its channel: waiting to be sent (or retried), delivered, or failed after all retries. */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
