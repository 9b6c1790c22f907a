package vn.twotier.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import vn.twotier.embedded.EmbeddedStackException;
import vn.twotier.embedded.KafkaBrokerProcess;
import vn.twotier.embedded.MongoStore;
import vn.twotier.embedded.Ports;

/**
 * One command for the whole system on a machine with only a JDK: a real Kafka broker (KRaft, child JVM), the
 * MongoDB-wire store on disk, the three services, sample data on first start. Ctrl-C stops everything cleanly;
 * the next start finds all data where it was left.
 */
public final class TwoTierLauncher {

    private MongoStore mongo;
    private KafkaBrokerProcess kafka;
    private ServiceStack services;

    public static void main(String[] args) {
        // Until the services set up logging (to the log file), keep the broker and store start-up quiet.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        // the store warns about every non-unique index it keeps only as a declaration (see docs/developing.md)
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("de.bwaldvogel"))
                .setLevel(ch.qos.logback.classic.Level.ERROR);
        LaunchOptions options;
        try {
            options = LaunchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
            return;
        }
        TwoTierLauncher launcher = new TwoTierLauncher();
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stop, "twotier-stop"));
        try {
            launcher.start(options);
        } catch (EmbeddedStackException e) {
            System.err.println("TwoTier could not start: " + e.getMessage());
            launcher.stop();
            System.exit(2);
        } catch (RuntimeException e) {
            System.err.println("TwoTier could not start: " + rootMessage(e));
            System.err.println("Details are in " + options.dataDirectory().resolve("logs/twotier.log"));
            launcher.stop();
            System.exit(1);
        }
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    void start(LaunchOptions options) {
        long started = System.nanoTime();
        Path data = options.dataDirectory().toAbsolutePath().normalize();
        prepare(data);
        for (int port : List.of(options.mergerPort(), options.staffingPort(), options.notificationPort())) {
            if (!Ports.isFree(port)) {
                throw new EmbeddedStackException("Port " + port + " is already in use (is TwoTier already running?). "
                        + "Stop the other process or choose another port, e.g. --merger-port 9081.");
            }
        }
        say("starting the store (mongo-java-server, H2 file in " + data.resolve("mongo") + ")");
        mongo = MongoStore.builder().dataDirectory(data.resolve("mongo")).port(options.mongoPort()).start();
        say("starting Apache Kafka (KRaft, log in " + data.resolve("kafka") + ")");
        kafka = KafkaBrokerProcess.builder().dataDirectory(data.resolve("kafka")).brokerPort(options.kafkaPort())
                .controllerPort(options.kafkaControllerPort()).start();
        say("starting merger-service, staffing-service, notification-service (logs: "
                + data.resolve("logs/twotier.log") + ")");
        Map<String, Object> properties = new java.util.LinkedHashMap<>(Map.of(
                "logging.file.name", data.resolve("logs/twotier.log").toString(),
                "logging.threshold.console", "WARN",
                "spring.main.banner-mode", "off",
                "logging.include-application-name", false,
                "logging.level.de.bwaldvogel", "ERROR",
                "logging.level.org.springdoc.core.events", "ERROR",
                "twotier.notification.mail.embedded-server.smtp-port", options.smtpPort()));
        properties.putAll(options.serviceProperties());
        services = new ServiceStack(kafka.bootstrapServers(), mongo.connectionString(), options.mergerPort(),
                options.staffingPort(), options.notificationPort(), properties);
        services.start();
        services.services().forEach(service -> awaitReady(service.url()));
        say("ready in " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
        printUrls(options);
        SampleData sample = new SampleData(data);
        if (options.loadSampleData() && !sample.alreadyLoaded()) {
            say("loading sample data (first start only)…");
            try {
                sample.load(services.service("merger-service").url(), services.service("staffing-service").url(),
                        line -> say("  " + line));
                say("sample data loaded");
            } catch (IOException | RuntimeException e) {
                say("sample data could not be loaded: " + rootMessage(e) + " (it will be retried on the next start)");
            }
        }
        say("press Ctrl-C to stop");
    }

    private static void prepare(Path data) {
        try {
            Files.createDirectories(data.resolve("logs"));
            Path probe = Files.createTempFile(data, ".write-check", "");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedStackException("Data directory " + data + " is not writable (" + e.getMessage()
                    + "). Choose another with --data-dir or set TWOTIER_DATA.");
        }
    }

    private void printUrls(LaunchOptions options) {
        System.out.println();
        System.out.println("  TwoTier is running");
        System.out.printf("  %-22s %s%n", "merger-service", "http://localhost:" + options.mergerPort()
                + "/swagger-ui.html");
        System.out.printf("  %-22s %s%n", "staffing-service", "http://localhost:" + options.staffingPort()
                + "/swagger-ui.html");
        System.out.printf("  %-22s %s%n", "notification-service", "http://localhost:" + options.notificationPort()
                + "/swagger-ui.html");
        System.out.printf("  %-22s %s%n", "health", "http://localhost:" + options.mergerPort() + "/actuator/health");
        System.out.printf("  %-22s %s%n", "metrics (Prometheus)",
                "http://localhost:" + options.mergerPort() + "/actuator/prometheus");
        System.out.printf("  %-22s %s%n", "Kafka bootstrap", kafka.bootstrapServers());
        System.out.printf("  %-22s %s%n", "MongoDB", mongo.connectionString());
        System.out.printf("  %-22s %s%n", "data directory", options.dataDirectory().toAbsolutePath().normalize());
        System.out.println();
    }

    private static void awaitReady(String baseUrl) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
                last = response.statusCode() + " " + response.body();
            } catch (IOException e) {
                last = e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new EmbeddedStackException(baseUrl + " did not become ready within 60 s: " + last);
    }

    synchronized void stop() {
        if (services != null) {
            services.close();
            services = null;
        }
        if (kafka != null) {
            kafka.close();
            kafka = null;
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
            say("stopped");
        }
    }

    private static void say(String line) {
        System.out.println("[twotier] " + line);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
