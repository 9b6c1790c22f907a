package vn.twotier.notification;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.support.app.TwoTierApplication;
import vn.twotier.support.outbox.OutboxCollections;

/** Tells every affected unit and person what changed for them, once per event, recipient and channel. */
@SpringBootApplication
public class NotificationServiceApplication {

    public static void main(String[] args) {
        TwoTierApplication.run(NotificationServiceApplication.class, "notification-service", args);
    }

    /** Delivery events (delivered, failed, escalated) are recorded on the notification they describe. */
    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(Notification.class);
    }
}
