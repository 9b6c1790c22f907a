package vn.twotier.embedded;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The java command line of a child JVM that runs Kafka classes from the parent's classpath. The classpath goes into a
 * {@code @argfile}: a launcher's classpath can exceed Windows' 32 K command-line limit, and {@code ps} stays readable.
 */
final class ChildJvm {

    private static final Logger log = LoggerFactory.getLogger(ChildJvm.class);

    private final Path argFile;
    private final List<String> jvmOptions;

    private ChildJvm(Path argFile, List<String> jvmOptions) {
        this.argFile = argFile;
        this.jvmOptions = jvmOptions;
    }

    /** Writes the argfile for {@code classpath} (adjusted for logging, see {@link #forChild}) and keeps the JVM options. */
    static ChildJvm prepare(String classpath, Path argFile, List<String> jvmOptions) throws IOException {
        String childClasspath = forChild(classpath);
        Files.writeString(argFile, "-cp\n\"" + childClasspath.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n",
                StandardCharsets.UTF_8);
        return new ChildJvm(argFile, List.copyOf(jvmOptions));
    }

    List<String> command(String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("@" + argFile);
        command.add(mainClass);
        command.addAll(Arrays.asList(args));
        return command;
    }

    /**
     * Kafka logs through SLF4J but does not bring a binding. If the classpath has log4j-slf4j2-impl, drop logback and
     * log4j-to-slf4j so that log4j2 is the only binding (log4j forbids the two bridges together: they would loop).
     * Otherwise keep the classpath as is: a Spring Boot launcher has logback, which the broker then uses.
     */
    static String forChild(String classpath) {
        // Absolute: the child runs in the data directory, and "java -jar launcher.jar" gives a relative classpath.
        List<String> entries = Arrays.stream(classpath.split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .map(entry -> new File(entry).getAbsolutePath())
                .collect(Collectors.toList());
        boolean log4j = entries.stream().anyMatch(entry -> jarName(entry).startsWith("log4j-slf4j2-impl"));
        if (log4j) {
            entries.removeIf(entry -> jarName(entry).startsWith("logback-classic")
                    || jarName(entry).startsWith("log4j-to-slf4j"));
        } else if (entries.stream().noneMatch(entry -> jarName(entry).startsWith("logback-classic"))
                && entries.stream().anyMatch(entry -> jarName(entry).startsWith("kafka_2.13"))) {
            // Jar names are only visible when the classpath lists them (not behind a manifest-only jar).
            log.warn("No SLF4J binding (log4j-slf4j2-impl or logback-classic) on the Kafka broker's classpath: "
                    + "its log file will not show why it fails");
        }
        return String.join(File.pathSeparator, entries);
    }

    /** File, not Path: a "lib/*" wildcard entry is not a valid Path on Windows. */
    private static String jarName(String entry) {
        return new File(entry).getName();
    }
}
