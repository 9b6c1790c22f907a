package vn.twotier.launcher;

import java.nio.file.Path;
import java.util.Map;

/** Where the embedded stack keeps its data and which ports it takes; every value can be set on the command line. */
public record LaunchOptions(
        Path dataDirectory,
        int kafkaPort,
        int kafkaControllerPort,
        int mongoPort,
        int mergerPort,
        int staffingPort,
        int notificationPort,
        int smtpPort,
        boolean loadSampleData,
        Map<String, String> serviceProperties) {

    public static LaunchOptions defaults() {
        String data = System.getenv().getOrDefault("TWOTIER_DATA", "data");
        return new LaunchOptions(Path.of(data), 9092, 9093, 27017, 8081, 8082, 8083, 3025, true, Map.of());
    }

    /** Parses {@code --name=value} / {@code --name value} options over the defaults. */
    public static LaunchOptions parse(String[] args) {
        LaunchOptions o = defaults();
        Map<String, String> given = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("Unexpected argument: " + arg);
            }
            String name = arg.substring(2);
            if (name.equals("no-sample-data") || name.equals("help")) {
                given.put(name, "true");
            } else if (name.contains("=")) {
                given.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
            } else if (i + 1 < args.length) {
                given.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("Option --" + name + " needs a value");
            }
        }
        if (given.containsKey("help")) {
            throw new IllegalArgumentException(usage());
        }
        Path dir = given.containsKey("data-dir") ? Path.of(given.remove("data-dir")) : o.dataDirectory();
        LaunchOptions parsed = new LaunchOptions(dir,
                port(given, "kafka-port", o.kafkaPort()), port(given, "kafka-controller-port", o.kafkaControllerPort()),
                port(given, "mongo-port", o.mongoPort()), port(given, "merger-port", o.mergerPort()),
                port(given, "staffing-port", o.staffingPort()), port(given, "notification-port", o.notificationPort()),
                port(given, "smtp-port", o.smtpPort()), given.remove("no-sample-data") == null,
                serviceProperties(given));
        if (!given.isEmpty()) {
            throw new IllegalArgumentException("Unknown option(s): " + given.keySet() + "\n" + usage());
        }
        return parsed;
    }

    /** Options with a dot ({@code --logging.level.vn.twotier=DEBUG}) are Spring properties for every service. */
    private static Map<String, String> serviceProperties(Map<String, String> given) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        given.entrySet().removeIf(entry -> {
            if (entry.getKey().contains(".")) {
                properties.put(entry.getKey(), entry.getValue());
                return true;
            }
            return false;
        });
        return Map.copyOf(properties);
    }

    private static int port(Map<String, String> given, String name, int fallback) {
        String value = given.remove(name);
        if (value == null) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value);
            if (port < 1 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--" + name + " must be a port number (1-65535), not '" + value + "'");
        }
    }

    public static String usage() {
        return """
                Usage: ./twotier [--data-dir DIR] [--kafka-port 9092] [--kafka-controller-port 9093] [--mongo-port 27017]
                                 [--merger-port 8081] [--staffing-port 8082] [--notification-port 8083] [--smtp-port 3025]
                                 [--no-sample-data] [--<spring.property>=<value> …]
                Data (broker log, store, logs) stays in DIR (default ./data, or $TWOTIER_DATA) across restarts.
                Options with a dot are Spring properties passed to every service, e.g. --logging.level.vn.twotier=DEBUG""";
    }
}
