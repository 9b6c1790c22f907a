package vn.twotier.testing;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistrar;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Points one Spring test context at the shared test broker and store. Each context gets a database and a
 * consumer group of its own, so cached contexts of different test classes never see each other's state.
 */
public class TestInfrastructureRegistrar implements DynamicPropertyRegistrar {

    private final String application;
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    public TestInfrastructureRegistrar(String application) {
        this.application = application;
    }

    @Override
    public void accept(DynamicPropertyRegistry registry) {
        TestInfrastructure.Endpoints endpoints = TestInfrastructure.endpoints();
        registry.add("spring.kafka.bootstrap-servers", endpoints::bootstrapServers);
        registry.add("spring.mongodb.uri", () -> endpoints.mongoUri(application.replace('-', '_') + "_" + suffix));
        registry.add("twotier.consumer.group", () -> application + "-" + suffix);
        registry.add("twotier.outbox.poll-interval", () -> "100ms");
    }
}
