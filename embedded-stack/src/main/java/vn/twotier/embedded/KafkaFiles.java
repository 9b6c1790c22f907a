package vn.twotier.embedded;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.apache.kafka.common.Uuid;

/** The files a broker needs in its data directory. All are rewritten on each start except the cluster id and the logs. */
final class KafkaFiles {

    final Path dataDirectory;
    final Path serverProperties;
    final Path logDirectory;
    final Path log4j2Config;
    final Path logbackConfig;
    final Path argFile;
    final Path clusterIdFile;
    final Path pidFile;

    KafkaFiles(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        this.serverProperties = dataDirectory.resolve("server.properties");
        this.logDirectory = dataDirectory.resolve("kafka-logs");
        this.log4j2Config = dataDirectory.resolve("kafka-log4j2.properties");
        this.logbackConfig = dataDirectory.resolve("kafka-logback.xml");
        this.argFile = dataDirectory.resolve("kafka-jvm.args");
        this.clusterIdFile = dataDirectory.resolve("cluster-id");
        this.pidFile = dataDirectory.resolve("kafka.pid");
    }

    /** Single-node KRaft (broker and controller in one process) on loopback only, as measured in platform-notes. */
    void writeServerProperties(int brokerPort, int controllerPort) throws IOException {
        String text = String.join("\n",
                "# Written by KafkaBrokerProcess on every start; edits are lost.",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + brokerPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + propertyValue(logDirectory),
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "auto.create.topics.enable=false",
                "num.partitions=6",
                "");
        Files.writeString(serverProperties, text, StandardCharsets.UTF_8);
    }

    /**
     * Logging for whichever SLF4J binding the child has (see {@link ChildJvm#forChild}); both go to stdout, which the
     * process redirects to the log file, so a single file holds the broker log and any JVM error.
     */
    void writeLoggingConfigs() throws IOException {
        Files.writeString(log4j2Config, String.join("\n",
                "status = warn",
                "appender.out.type = Console",
                "appender.out.name = OUT",
                "appender.out.target = SYSTEM_OUT",
                "appender.out.layout.type = PatternLayout",
                "appender.out.layout.pattern = [%d] %p %m (%c)%n",
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.out.ref = OUT",
                "logger.request.name = kafka.request.logger",
                "logger.request.level = WARN",
                ""), StandardCharsets.UTF_8);
        Files.writeString(logbackConfig, String.join("\n",
                "<configuration>",
                "  <appender name=\"OUT\" class=\"ch.qos.logback.core.ConsoleAppender\">",
                "    <encoder><pattern>[%d] %p %m \\(%logger\\)%n</pattern></encoder>",
                "  </appender>",
                "  <logger name=\"kafka.request.logger\" level=\"WARN\"/>",
                "  <root level=\"INFO\"><appender-ref ref=\"OUT\"/></root>",
                "</configuration>",
                ""), StandardCharsets.UTF_8);
    }

    boolean isFormatted() {
        return Files.exists(logDirectory.resolve("meta.properties"));
    }

    /** The id the log directory was (or will be) formatted with; kept so a re-format after losing kafka-logs reuses it. */
    String clusterId() throws IOException {
        if (Files.exists(clusterIdFile)) {
            String id = Files.readString(clusterIdFile, StandardCharsets.UTF_8).trim();
            if (!id.isEmpty()) {
                return id;
            }
        }
        String id = isFormatted() ? formattedClusterId() : Uuid.randomUuid().toString();
        Files.writeString(clusterIdFile, id + "\n", StandardCharsets.UTF_8);
        return id;
    }

    private String formattedClusterId() throws IOException {
        Properties meta = new Properties();
        try (Reader in = Files.newBufferedReader(logDirectory.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.load(in);
        }
        return meta.getProperty("cluster.id", Uuid.randomUuid().toString());
    }

    /** Backslashes (Windows paths) are escapes in .properties files. */
    private static String propertyValue(Path path) {
        return path.toString().replace("\\", "\\\\");
    }
}
