package vn.twotier.testing;

import java.util.concurrent.TimeUnit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Import into a {@code @SpringBootTest} to run it on the shared test infrastructure. */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructureConfiguration {

    /**
     * At the end of the test JVM the shared store may stop before a cached Spring context has closed; the outbox
     * relay would then wait the driver's default 30 s to release its lease and Surefire would kill the fork. The
     * test stores answer in milliseconds while they run, so a short server selection is enough.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer shortServerSelection() {
        return settings -> settings.applyToClusterSettings(cluster ->
                cluster.serverSelectionTimeout(3, TimeUnit.SECONDS));
    }

    @Bean
    static TestInfrastructureRegistrar testInfrastructureRegistrar(
            @Value("${spring.application.name:service}") String application) {
        return new TestInfrastructureRegistrar(application);
    }
}
