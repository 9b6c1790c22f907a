package vn.twotier.embedded;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Apache Kafka broker (KRaft, broker and controller in one node) running as a child JVM. A child process rather
 * than an in-process server keeps Kafka's threads, heap and logging setup apart from the application's. Data stays in
 * the data directory, so a new instance on the same directory sees the same topics and records. Nothing global is
 * registered: the caller adds a shutdown hook calling {@link #close()}.
 *
 * <pre>{@code
 * KafkaBrokerProcess kafka = KafkaBrokerProcess.builder().dataDirectory(dir).build().start();
 * Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
 * }</pre>
 */
public final class KafkaBrokerProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final long ROTATE_LOG_BYTES = 10L * 1024 * 1024;
    private static final Duration STOP_GRACE = Duration.ofSeconds(15);

    private final Path dataDirectory;
    private final int requestedBrokerPort;
    private final int requestedControllerPort;
    private final String heap;
    private final Path requestedLogFile;
    private final String classpath;
    private final Duration startTimeout;

    private KafkaFiles files;
    private Path logFile;
    private int brokerPort;
    private int controllerPort;
    private volatile Process process;
    private Duration startupTime;

    private KafkaBrokerProcess(Builder builder) {
        this.dataDirectory = Objects.requireNonNull(builder.dataDirectory, "dataDirectory is required");
        this.requestedBrokerPort = builder.brokerPort;
        this.requestedControllerPort = builder.controllerPort;
        this.heap = builder.heap.startsWith("-") ? builder.heap : "-Xmx" + builder.heap;
        this.requestedLogFile = builder.logFile;
        this.classpath = builder.classpath != null ? builder.classpath : System.getProperty("java.class.path");
        this.startTimeout = builder.startTimeout;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates the directory and ports, formats the storage on first use, starts the broker and waits until it answers.
     *
     * @throws EmbeddedStackException with a message for a human when the broker cannot be started
     */
    public synchronized KafkaBrokerProcess start() {
        if (process != null) {
            throw new IllegalStateException("Kafka broker already started");
        }
        long startNanos = System.nanoTime();
        Path dir = DataDirectory.requireWritable(dataDirectory);
        files = new KafkaFiles(dir);
        logFile = requestedLogFile != null ? requestedLogFile.toAbsolutePath().normalize() : dir.resolve("kafka.log");
        PidFile pidFile = new PidFile(files.pidFile);
        // Before the port check: a left-over broker on this directory is the usual holder of "our" ports.
        pidFile.terminateOrphan(dir, STOP_GRACE);
        resolvePorts();

        long logOffset;
        ChildJvm jvm;
        try {
            logOffset = prepareLogFile();
            files.writeServerProperties(brokerPort, controllerPort);
            files.writeLoggingConfigs();
            jvm = ChildJvm.prepare(classpath, files.argFile, List.of(heap, "-XX:+ExitOnOutOfMemoryError",
                    "-Djava.awt.headless=true",
                    "-Dlog4j2.configurationFile=" + files.log4j2Config.toUri(),
                    "-Dlogback.configurationFile=" + files.logbackConfig));
            if (!files.isFormatted()) {
                format(jvm, logOffset);
            }
            process = launch(ownSession(jvm.command("kafka.Kafka", files.serverProperties.toString())));
            pidFile.write(process.pid());
        } catch (IOException e) {
            stopQuietly();
            throw new EmbeddedStackException("Cannot start the Kafka broker in " + dir + ": " + e.getMessage(), e);
        }

        try {
            awaitReady(logOffset, startNanos);
        } catch (RuntimeException e) {
            stopQuietly();
            throw e;
        }
        startupTime = Duration.ofNanos(System.nanoTime() - startNanos);
        log.info("Kafka broker ready on {} in {} ms (pid {}, data {}, log {})", bootstrapServers(),
                startupTime.toMillis(), process.pid(), dir, logFile);
        return this;
    }

    /** "127.0.0.1:9092"; with port 0 in the builder, the port chosen at {@link #start()}. */
    public String bootstrapServers() {
        return "127.0.0.1:" + brokerPort();
    }

    public int brokerPort() {
        return brokerPort != 0 ? brokerPort : requestedBrokerPort;
    }

    public int controllerPort() {
        return controllerPort != 0 ? controllerPort : requestedControllerPort;
    }

    public Path dataDirectory() {
        return files != null ? files.dataDirectory : dataDirectory;
    }

    /** The file that receives the broker's log and its JVM's stdout/stderr (known after {@link #start()}). */
    public Path logFile() {
        return logFile;
    }

    public boolean isRunning() {
        Process p = process;
        return p != null && p.isAlive();
    }

    public long pid() {
        Process p = process;
        if (p == null) {
            throw new IllegalStateException("Kafka broker not started");
        }
        return p.pid();
    }

    /** Time {@link #start()} took, from validation until the broker answered, or null before that. */
    public Duration startupTime() {
        return startupTime;
    }

    /** SIGTERM (a controlled shutdown, ~2 s), SIGKILL after 15 s. Idempotent. */
    @Override
    public synchronized void close() {
        Process p = process;
        if (p == null) {
            return;
        }
        process = null;
        if (!p.isAlive()) {
            log.info("Kafka broker pid {} had already exited", p.pid());
        } else {
            long startNanos = System.nanoTime();
            stop(p);
            log.info("Kafka broker pid {} stopped in {} ms", p.pid(),
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos));
        }
        new PidFile(files.pidFile).deleteIfOwnedBy(p.pid());
    }

    private void resolvePorts() {
        brokerPort = requestedBrokerPort != 0 ? requestedBrokerPort : Ports.freePort();
        controllerPort = requestedControllerPort != 0 ? requestedControllerPort : Ports.freePort();
        while (controllerPort == brokerPort && requestedControllerPort == 0) {
            controllerPort = Ports.freePort();
        }
        if (brokerPort == controllerPort) {
            throw new EmbeddedStackException("The Kafka broker port and controller port are both " + brokerPort
                    + ". Give them different values.");
        }
        Ports.requireFree(brokerPort, "another Kafka", "--kafka-port");
        Ports.requireFree(controllerPort, "another Kafka", "--kafka-controller-port");
    }

    /** Keeps one previous log of up to 10 MB; returns where this run's output starts. */
    private long prepareLogFile() throws IOException {
        Files.createDirectories(logFile.getParent());
        if (LogTail.size(logFile) > ROTATE_LOG_BYTES) {
            Files.move(logFile, logFile.resolveSibling(logFile.getFileName() + ".1"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        return LogTail.size(logFile);
    }

    /** kafka.tools.StorageTool in its own short JVM (~0.7 s): it ends with System.exit, so not in-process. */
    private void format(ChildJvm jvm, long logOffset) throws IOException {
        String clusterId = files.clusterId();
        log.info("Formatting Kafka storage {} (cluster id {})", files.logDirectory, clusterId);
        Process formatter = launch(jvm.command("kafka.tools.StorageTool", "format", "-t", clusterId,
                "-c", files.serverProperties.toString()));
        try {
            if (!formatter.waitFor(60, TimeUnit.SECONDS)) {
                formatter.destroyForcibly();
                throw new EmbeddedStackException("Formatting the Kafka storage in " + files.logDirectory
                        + " did not finish within 60 s. Log: " + logFile);
            }
        } catch (InterruptedException e) {
            formatter.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new EmbeddedStackException("Interrupted while formatting the Kafka storage", e);
        }
        if (formatter.exitValue() != 0) {
            throw new EmbeddedStackException("Formatting the Kafka storage in " + files.logDirectory
                    + " failed (exit code " + formatter.exitValue() + "). Log: " + logFile + "\n"
                    + LogTail.describe(logFile, logOffset, 20));
        }
    }

    /**
     * In a session of its own (where setsid exists) the broker does not get the terminal's Ctrl-C: the launcher stops
     * the services first, while the broker still answers, and then the broker. setsid execs, so the pid is the JVM's.
     */
    private static List<String> ownSession(List<String> command) {
        java.nio.file.Path setsid = java.nio.file.Path.of("/usr/bin/setsid");
        if (!java.nio.file.Files.isExecutable(setsid)) {
            return command;
        }
        List<String> wrapped = new java.util.ArrayList<>(command.size() + 1);
        wrapped.add(setsid.toString());
        wrapped.addAll(command);
        return wrapped;
    }

    private Process launch(List<String> command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(files.dataDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        Process child = builder.start();
        child.getOutputStream().close();
        return child;
    }

    /** First a plain TCP connect (so the admin client does not log connection warnings), then describeCluster. */
    private void awaitReady(long logOffset, long startNanos) {
        long deadline = startNanos + startTimeout.toNanos();
        while (!canConnect(brokerPort)) {
            checkAlive(logOffset, deadline);
            sleep(100);
        }
        Properties config = new Properties();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "embedded-stack-readiness");
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000");
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "3000");
        config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "500");
        try (Admin admin = Admin.create(config)) {
            while (true) {
                checkAlive(logOffset, deadline);
                try {
                    Collection<Node> nodes = admin.describeCluster(new DescribeClusterOptions().timeoutMs(3000))
                            .nodes().get(4, TimeUnit.SECONDS);
                    if (!nodes.isEmpty()) {
                        return;
                    }
                } catch (ExecutionException | TimeoutException e) {
                    log.debug("Kafka broker not ready yet: {}", e.toString());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new EmbeddedStackException("Interrupted while waiting for the Kafka broker", e);
                }
                sleep(200);
            }
        }
    }

    private void checkAlive(long logOffset, long deadline) {
        Process p = process;
        if (!p.isAlive()) {
            throw new EmbeddedStackException("The Kafka broker exited during start-up (exit code " + p.exitValue()
                    + "). Log: " + logFile + "\n" + LogTail.describe(logFile, logOffset, 20));
        }
        if (System.nanoTime() > deadline) {
            throw new EmbeddedStackException("The Kafka broker did not answer on " + bootstrapServers() + " within "
                    + startTimeout.toSeconds() + " s. Log: " + logFile + "\n" + LogTail.describe(logFile, logOffset, 20));
        }
    }

    private static boolean canConnect(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private void stopQuietly() {
        Process p = process;
        process = null;
        if (p != null) {
            stop(p);
            new PidFile(files.pidFile).deleteIfOwnedBy(p.pid());
        }
    }

    private static void stop(Process p) {
        if (!p.isAlive()) {
            return;
        }
        p.destroy();
        try {
            if (!p.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("Kafka broker pid {} did not stop within {} s; killing it", p.pid(), STOP_GRACE.toSeconds());
                p.destroyForcibly();
                p.waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedStackException("Interrupted while waiting for the Kafka broker", e);
        }
    }

    /** Options; every one but the data directory has a default. */
    public static final class Builder {

        private Path dataDirectory;
        private int brokerPort = 9092;
        private int controllerPort = 9093;
        private String heap = "-Xmx512m";
        private Path logFile;
        private String classpath;
        private Duration startTimeout = Duration.ofSeconds(60);

        private Builder() {
        }

        /** Where server.properties, kafka-logs/, the pid file and (by default) kafka.log live. Required. */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = dataDirectory;
            return this;
        }

        /** Client port on 127.0.0.1 (default 9092); 0 picks a free port at start. */
        public Builder brokerPort(int brokerPort) {
            this.brokerPort = checkPort(brokerPort);
            return this;
        }

        /** KRaft controller port on 127.0.0.1 (default 9093); 0 picks a free port at start. */
        public Builder controllerPort(int controllerPort) {
            this.controllerPort = checkPort(controllerPort);
            return this;
        }

        /** Maximum heap of the broker JVM: "512m" or "-Xmx512m" (default). */
        public Builder heap(String heap) {
            this.heap = Objects.requireNonNull(heap, "heap");
            return this;
        }

        /** File for the broker's log and console output (default {@code <dataDirectory>/kafka.log}). */
        public Builder logFile(Path logFile) {
            this.logFile = logFile;
            return this;
        }

        /**
         * Classpath of the broker JVM (default: this JVM's {@code java.class.path}). Needed when this JVM's classpath
         * does not list the Kafka jars, e.g. a launcher started from a Spring Boot fat jar.
         */
        public Builder classpath(String classpath) {
            this.classpath = classpath;
            return this;
        }

        /** How long {@link KafkaBrokerProcess#start()} waits for the broker to answer (default 60 s). */
        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        public KafkaBrokerProcess build() {
            return new KafkaBrokerProcess(this);
        }

        /** {@code build().start()}. */
        public KafkaBrokerProcess start() {
            return build().start();
        }

        private static int checkPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            return port;
        }
    }
}
