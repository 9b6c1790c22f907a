package vn.twotier.launcher;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import vn.twotier.merger.MergerServiceApplication;
import vn.twotier.notification.NotificationServiceApplication;
import vn.twotier.staffing.StaffingServiceApplication;
import vn.twotier.support.app.TwoTierApplication;

/**
 * The three services in this JVM, each its own Spring context with its own config file, database and port,
 * pointed at one broker and one store. Used by the launcher and by the end-to-end tests.
 */
public final class ServiceStack implements AutoCloseable {

    /** One service of the stack: its name, main class, port and database. */
    public record Service(String name, Class<?> mainClass, int port, String database) {

        public String url() {
            return "http://localhost:" + port;
        }
    }

    private final List<Service> services;
    private final String bootstrapServers;
    private final String mongoUri;
    private final Map<String, Object> extraProperties;
    private final List<ConfigurableApplicationContext> contexts = new ArrayList<>();

    public ServiceStack(String bootstrapServers, String mongoUri, int mergerPort, int staffingPort,
            int notificationPort, Map<String, Object> extraProperties) {
        this.bootstrapServers = bootstrapServers;
        this.mongoUri = mongoUri;
        this.extraProperties = extraProperties;
        this.services = List.of(
                new Service("merger-service", MergerServiceApplication.class, mergerPort, "twotier_merger"),
                new Service("staffing-service", StaffingServiceApplication.class, staffingPort, "twotier_staffing"),
                new Service("notification-service", NotificationServiceApplication.class, notificationPort,
                        "twotier_notification"));
    }

    public List<Service> services() {
        return services;
    }

    public Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    /** Starts the services one after another (Boot's logging set-up is JVM-global) and returns how long it took. */
    public Duration start() {
        long started = System.nanoTime();
        for (Service service : services) {
            Map<String, Object> properties = new LinkedHashMap<>(extraProperties);
            properties.put("server.port", service.port());
            properties.put("spring.kafka.bootstrap-servers", bootstrapServers);
            properties.put("spring.mongodb.uri", mongoUri + "/" + service.database());
            properties.put("spring.docker.compose.enabled", false);
            // as command-line arguments: they must win over the service's own yml defaults
            String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                    .toArray(String[]::new);
            contexts.add(TwoTierApplication.builder(service.mainClass(), service.name()).run(args));
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    @Override
    public void close() {
        for (int i = contexts.size() - 1; i >= 0; i--) {
            try {
                contexts.get(i).close();
            } catch (RuntimeException e) {
                System.err.println("Could not stop " + services.get(i).name() + " cleanly: " + e.getMessage());
            }
        }
        contexts.clear();
    }
}
