package vn.twotier.embedded;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's pid, kept in its data directory. A launcher killed with -9 leaves its broker running, holding the ports and
 * the log-dir lock; the next start finds it through this file and stops it.
 */
final class PidFile {

    private static final Logger log = LoggerFactory.getLogger(PidFile.class);

    private final Path file;

    PidFile(Path file) {
        this.file = file;
    }

    void write(long pid) throws IOException {
        Files.writeString(file, pid + "\n", StandardCharsets.UTF_8);
    }

    /** Deletes the file only if it still names {@code pid}: a newer broker on the same directory may have replaced it. */
    void deleteIfOwnedBy(long pid) {
        if (read().filter(p -> p == pid).isPresent()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                log.warn("Could not delete {}: {}", file, e.toString());
            }
        }
    }

    /**
     * Stops the process the file names if it is still a Kafka broker on {@code dataDirectory}. The command-line check
     * guards against a recycled pid that now belongs to an unrelated process.
     */
    void terminateOrphan(Path dataDirectory, Duration grace) {
        Optional<ProcessHandle> orphan = read().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(handle -> isBrokerOn(handle, dataDirectory));
        if (orphan.isEmpty()) {
            return;
        }
        ProcessHandle handle = orphan.get();
        log.warn("Stopping Kafka broker pid {} left running on {} by a previous launcher", handle.pid(), dataDirectory);
        handle.destroy();
        if (!waitForExit(handle, grace.toMillis())) {
            handle.destroyForcibly();
            if (!waitForExit(handle, 5_000)) {
                throw new EmbeddedStackException("A Kafka broker left over from a previous run (pid " + handle.pid()
                        + ") still uses " + dataDirectory + " and could not be stopped. Stop it, then start again.");
            }
        }
        log.info("Stopped the left-over Kafka broker pid {}", handle.pid());
    }

    private static boolean isBrokerOn(ProcessHandle handle, Path dataDirectory) {
        ProcessHandle.Info info = handle.info();
        String commandLine = info.commandLine()
                .orElseGet(() -> String.join(" ", info.arguments().orElse(new String[0])));
        return commandLine.contains("kafka.Kafka") && commandLine.contains(dataDirectory.toString());
    }

    private static boolean waitForExit(ProcessHandle handle, long millis) {
        try {
            handle.onExit().get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private Optional<Long> read() {
        try {
            return Optional.of(Long.parseLong(Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
