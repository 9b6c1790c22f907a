package vn.twotier.notification;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * At the end of the test JVM the shared store's shutdown hook may stop it while the Spring context is still closing;
 * the outbox relay then waits the driver's default 30 s for a server before releasing its lease, and Surefire kills
 * the fork. The in-process store answers in milliseconds, so a short server-selection timeout is enough.
 */
@TestConfiguration(proxyBeanMethods = false)
class FastShutdownMongoSettings {

    @Bean
    MongoClientSettingsBuilderCustomizer shortServerSelection() {
        return settings -> settings.applyToClusterSettings(cluster ->
                cluster.serverSelectionTimeout(3, TimeUnit.SECONDS));
    }
}
