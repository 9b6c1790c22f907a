package vn.twotier.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerProcessTest {

    private static final String TOPIC = "commune-merged";

    @Test
    void topicsAndRecordsSurviveARestart(@TempDir Path dir) throws Exception {
        try (KafkaBrokerProcess kafka = onFreePorts(dir).start()) {
            assertThat(kafka.isRunning()).isTrue();
            assertThat(dir.resolve("kafka.pid")).hasContent(Long.toString(kafka.pid()));
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
            }
            try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(TOPIC, "79", "Ward 1 + Ward 2 -> Ward Sai Gon")).get();
            }
        }
        assertThat(dir.resolve("kafka.pid")).doesNotExist();
        String clusterId = Files.readString(dir.resolve("cluster-id"));

        // New instance, new ports: the stored data does not depend on the listener ports.
        try (KafkaBrokerProcess kafka = onFreePorts(dir).start()) {
            try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
                assertThat(admin.listTopics().names().get()).contains(TOPIC);
            }
            assertThat(readAll(kafka.bootstrapServers()))
                    .extracting(ConsumerRecord::key, ConsumerRecord::value)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("79", "Ward 1 + Ward 2 -> Ward Sai Gon"));
        }
        assertThat(dir.resolve("cluster-id")).hasContent(clusterId.trim());
        // The broker's own log4j output reaches the log file (not the test's console).
        assertThat(Files.readString(dir.resolve("kafka.log"))).contains("Kafka Server started");
    }

    @Test
    void aTakenBrokerPortIsReportedBeforeStarting(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = listenOnFreePort()) {
            KafkaBrokerProcess kafka = KafkaBrokerProcess.builder().dataDirectory(dir)
                    .brokerPort(taken.getLocalPort()).controllerPort(0).build();
            assertThatThrownBy(kafka::start)
                    .isInstanceOf(EmbeddedStackException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is already in use (another Kafka?). "
                            + "Set --kafka-port or stop the other process.");
            assertThat(dir.resolve("kafka-logs")).doesNotExist();
        }
    }

    @Test
    void aTakenControllerPortIsReportedBeforeStarting(@TempDir Path dir) throws Exception {
        try (ServerSocket taken = listenOnFreePort()) {
            KafkaBrokerProcess kafka = KafkaBrokerProcess.builder().dataDirectory(dir)
                    .brokerPort(0).controllerPort(taken.getLocalPort()).build();
            assertThatThrownBy(kafka::start)
                    .isInstanceOf(EmbeddedStackException.class)
                    .hasMessageContaining("Port " + taken.getLocalPort() + " is already in use")
                    .hasMessageContaining("--kafka-controller-port");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReported(@TempDir Path tmp) throws Exception {
        // A path under a regular file can never be created, even by root (who ignores permission bits).
        Path file = Files.writeString(tmp.resolve("afile"), "not a directory");
        Path dir = file.resolve("data");
        KafkaBrokerProcess kafka = KafkaBrokerProcess.builder().dataDirectory(dir).brokerPort(0).controllerPort(0).build();

        assertThatThrownBy(kafka::start)
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessage("Data directory " + dir + " is not writable: " + file + " is a file, not a directory.");
    }

    @Test
    void aBrokerLeftRunningOnTheSameDirectoryIsStoppedFirst(@TempDir Path dir) {
        int brokerPort = Ports.freePort();
        int controllerPort = Ports.freePort();
        KafkaBrokerProcess orphan = KafkaBrokerProcess.builder().dataDirectory(dir)
                .brokerPort(brokerPort).controllerPort(controllerPort).start();
        // Simulates a launcher killed with -9: nobody closes the first broker, and it holds the ports.
        try (KafkaBrokerProcess kafka = KafkaBrokerProcess.builder().dataDirectory(dir)
                .brokerPort(brokerPort).controllerPort(controllerPort).start()) {
            assertThat(orphan.isRunning()).isFalse();
            assertThat(kafka.isRunning()).isTrue();
            orphan.close();
            assertThat(dir.resolve("kafka.pid")).as("the new broker's pid file survives the old one's close()")
                    .hasContent(Long.toString(kafka.pid()));
        } finally {
            orphan.close();
        }
    }

    @Test
    void aBrokerThatExitsDuringStartUpIsReportedWithItsLog(@TempDir Path dir) throws Exception {
        // Storage that claims another node id: the broker refuses it and exits.
        Path logs = Files.createDirectories(dir.resolve("kafka-logs"));
        Files.writeString(logs.resolve("meta.properties"),
                "version=1\nnode.id=7\ncluster.id=QrYogoZPTxm3XBXzpppxig\ndirectory.id=MVP4s1LO6T3OpK_c_6IcIQ\n");
        KafkaBrokerProcess kafka = onFreePorts(dir).build();

        assertThatThrownBy(kafka::start)
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageStartingWith("The Kafka broker exited during start-up (exit code 1). Log: "
                        + dir.resolve("kafka.log"))
                .hasMessageContaining("Stored node id 7 doesn't match previous node id 1")
                .hasMessageContaining("Last lines of the log:");
        assertThat(kafka.isRunning()).isFalse();
        assertThat(dir.resolve("kafka.pid")).doesNotExist();
    }

    @Test
    void aClasspathWithoutKafkaIsReportedWithItsLog(@TempDir Path dir) {
        KafkaBrokerProcess kafka = onFreePorts(dir).classpath(dir.resolve("missing.jar").toString()).build();

        assertThatThrownBy(kafka::start)
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessageContaining("Formatting the Kafka storage in " + dir.resolve("kafka-logs") + " failed")
                .hasMessageContaining("Could not find or load main class kafka.tools.StorageTool");
    }

    private static KafkaBrokerProcess.Builder onFreePorts(Path dir) {
        return KafkaBrokerProcess.builder().dataDirectory(dir).brokerPort(0).controllerPort(0);
    }

    private static ServerSocket listenOnFreePort() throws Exception {
        ServerSocket socket = new ServerSocket();
        socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        return socket;
    }

    private static List<ConsumerRecord<String, String>> readAll(String bootstrapServers) {
        TopicPartition partition = new TopicPartition(TOPIC, 0);
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.assign(Set.of(partition));
            consumer.seekToBeginning(Set.of(partition));
            long end = consumer.endOffsets(Set.of(partition)).get(partition);
            long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
            while (consumer.position(partition) < end && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(records::add);
            }
        }
        return records;
    }
}
