package vn.twotier.merger.support;

import java.util.concurrent.TimeUnit;

import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The shared test store stops in a JVM shutdown hook that can run before the Spring contexts close; the outbox
 * relay then waits the driver's default 30 s to release its lease and Surefire kills the JVM. A short server
 * selection timeout lets the contexts close quickly; the local store answers at once while it runs.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FastShutdown {

    @Bean
    MongoClientSettingsBuilderCustomizer shortServerSelection() {
        return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(2,
                TimeUnit.SECONDS));
    }
}
