package vn.twotier.testing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Import into a {@code @SpringBootTest} to run it on the shared test infrastructure. */
@TestConfiguration(proxyBeanMethods = false)
public class TestInfrastructureConfiguration {

    @Bean
    static TestInfrastructureRegistrar testInfrastructureRegistrar(
            @Value("${spring.application.name:service}") String application) {
        return new TestInfrastructureRegistrar(application);
    }
}
