package vn.twotier.embedded;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/** Excerpts of the broker's log for error messages: the log is appended across runs, so only this run's part counts. */
final class LogTail {

    private static final int MAX_BYTES = 512 * 1024;
    private static final int MAX_LINE = 400;
    private static final Pattern ERROR = Pattern.compile("\\b(ERROR|FATAL)\\b|^Error:|^Exception in thread");
    private static final Pattern CAUSE = Pattern.compile("^[\\w.$]+(Exception|Error)\\b|^Caused by:");

    private LogTail() {
    }

    static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** "First error: ..." (if any) and the last {@code lines} lines written after byte {@code since}. */
    static String describe(Path file, long since, int lines) {
        List<String> all = linesSince(file, since);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
            if (ERROR.matcher(all.get(i)).find()) {
                text.append("First error: ").append(clip(all.get(i))).append('\n');
                // Kafka logs "ERROR <what it was doing>" and puts the cause on the next line, as an exception.
                if (i + 1 < all.size() && CAUSE.matcher(all.get(i + 1)).find()) {
                    text.append("  ").append(clip(all.get(i + 1))).append('\n');
                }
                break;
            }
        }
        if (all.isEmpty()) {
            return text.append("(the log is empty)").toString();
        }
        text.append("Last lines of the log:");
        all.subList(Math.max(0, all.size() - lines), all.size())
                .forEach(line -> text.append("\n  ").append(clip(line)));
        return text.toString();
    }

    private static List<String> linesSince(Path file, long since) {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(since, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8).lines().filter(line -> !line.isBlank()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static String clip(String line) {
        return line.length() <= MAX_LINE ? line : line.substring(0, MAX_LINE) + "...";
    }
}
