package vn.twotier.notification.delivery;

import vn.twotier.notification.recipient.Recipient;

/** Sends one notification over one outbound channel; throws {@link DeliveryException} when it did not arrive. */
public interface ChannelSender {

    Channel channel();

    void send(Notification notification, Recipient recipient) throws DeliveryException;

    /** How many attempts before the notification is failed for good (until an operator replays it). */
    int maxAttempts();
}
