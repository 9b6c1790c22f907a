package vn.twotier.testing;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The one switch between test infrastructures: Kafka and a MongoDB replica set in Testcontainers when a Docker
 * engine answers, otherwise a real in-process KRaft broker and the mongo-java-server store. Started once per test
 * JVM and shared; every test is written once and runs on either. {@code TWOTIER_TEST_INFRA=embedded|containers}
 * forces a side.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static Endpoints endpoints;

    private TestInfrastructure() {
    }

    /** Where the shared broker and store listen, and which kind they are. */
    public record Endpoints(String kind, String bootstrapServers, String mongoUri) {

        public String mongoUri(String database) {
            return mongoUri + "/" + database;
        }
    }

    public static synchronized Endpoints endpoints() {
        if (endpoints == null) {
            endpoints = useContainers() ? startContainers() : startEmbedded();
            log.info("Test infrastructure: {}", endpoints);
        }
        return endpoints;
    }

    private static boolean useContainers() {
        String forced = System.getenv("TWOTIER_TEST_INFRA");
        if ("embedded".equalsIgnoreCase(forced)) {
            return false;
        }
        if ("containers".equalsIgnoreCase(forced)) {
            return true;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource")
    private static Endpoints startContainers() {
        KafkaContainer kafka = new KafkaContainer("apache/kafka-native:4.1.0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        MongoDBContainer mongo = new MongoDBContainer("mongo:8.0").withReplicaSet();
        kafka.start();
        mongo.start();
        String replicaSetUrl = mongo.getReplicaSetUrl();
        String base = replicaSetUrl.substring(0, replicaSetUrl.lastIndexOf('/'));
        return new Endpoints("testcontainers", kafka.getBootstrapServers(), base);
    }

    private static Endpoints startEmbedded() {
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.brokerProperties(java.util.Map.of("auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0"));
        broker.afterPropertiesSet();
        MongoServer mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        InetSocketAddress address = mongo.getLocalAddress();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            mongo.shutdownNow();
            broker.destroy();
        }, "test-infrastructure-stop"));
        return new Endpoints("embedded", broker.getBrokersAsString(),
                "mongodb://127.0.0.1:" + address.getPort());
    }
}
