package vn.twotier.embedded;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates a data directory and proves it is writable up front, so a bad path fails with one clear line. */
final class DataDirectory {

    private DataDirectory() {
    }

    static Path requireWritable(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
            // A probe file catches read-only mounts and permissions that isWritable() may report optimistically.
            Path probe = Files.createTempFile(dir, ".write-test", ".tmp");
            Files.delete(probe);
            return dir;
        } catch (IOException | SecurityException e) {
            throw new EmbeddedStackException("Data directory " + dir + " is not writable: " + reason(dir, e), e);
        }
    }

    /** The cause in words: the raw exceptions name a path without saying that, for example, a parent is a plain file. */
    private static String reason(Path dir, Exception e) {
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && !Files.isDirectory(existing)) {
            return existing + " is a file, not a directory.";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + ((AccessDeniedException) e).getFile() + ".";
        }
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason() + ".";
        }
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
