package vn.twotier.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import vn.twotier.testing.MovableClock;
import vn.twotier.testing.TestInfrastructureConfiguration;

/**
 * The service as it runs, on the shared test broker and store, with a controllable clock, the embedded SMTP server on
 * free ports and short retry delays. Every test class uses the same settings, so they share one started service.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=notification-service",
        "twotier.notification.mail.embedded-server.smtp-port=0",
        "twotier.notification.mail.embedded-server.imap-port=0",
        "twotier.notification.delivery.poll-interval=100ms",
        "twotier.notification.webhook.initial-backoff=50ms",
        "twotier.notification.webhook.max-backoff=200ms",
        "twotier.notification.webhook.max-attempts=3",
        "twotier.notification.webhook.timeout=20s",
        "twotier.notification.email.initial-backoff=50ms",
        "twotier.notification.escalation.check-interval=100ms"})
@Import({TestInfrastructureConfiguration.class, MovableClock.Configuration.class})
public @interface NotificationServiceTest {
}
