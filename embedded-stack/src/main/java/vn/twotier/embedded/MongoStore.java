package vn.twotier.embedded;

import java.net.BindException;
import java.nio.file.Path;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * A MongoDB wire-protocol server in this JVM (mongo-java-server), on disk with the H2 backend or in memory for tests.
 * Measured limits: no {@code hello} command (Boot's Mongo health shows DOWN), no sessions or transactions; documents and
 * unique indexes do survive a restart on the H2 file.
 */
public final class MongoStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MongoStore.class);

    private final Path dataDirectory;
    private final int requestedPort;

    private MongoServer server;
    private Path dataFile;
    private int port;

    private MongoStore(Builder builder) {
        this.dataDirectory = builder.dataDirectory;
        this.requestedPort = builder.port;
    }

    private MongoBackend backend;

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens the store and listens on 127.0.0.1.
     *
     * @throws EmbeddedStackException with a message for a human when the directory, file or port cannot be used
     */
    public synchronized MongoStore start() {
        if (server != null) {
            throw new IllegalStateException("Mongo store already started");
        }
        if (dataDirectory != null) {
            dataFile = DataDirectory.requireWritable(dataDirectory).resolve("mongo.mv.db");
        }
        if (requestedPort != 0) {
            Ports.requireFree(requestedPort, "another MongoDB", "--mongo-port");
        }
        backend = openBackend();
        MongoServer starting = new MongoServer(backend);
        try {
            starting.bind("127.0.0.1", requestedPort);
        } catch (Exception e) {
            // bind() has already shut the server down, which closed (and unlocked) the H2 file.
            if (e instanceof BindException) {
                throw new EmbeddedStackException("Port " + requestedPort + " is already in use (another MongoDB?). "
                        + "Set --mongo-port or stop the other process.", e);
            }
            throw e;
        }
        server = starting;
        port = server.getLocalAddress().getPort();
        log.info("Mongo store ready on {} ({})", connectionString(), dataFile != null ? dataFile : "in memory");
        return this;
    }

    /** True while H2 holds writes not yet in its file (for tests: a write command should never leave any). */
    boolean hasUncommittedWrites() {
        return backend instanceof H2Backend h2 && h2.getMvStore().hasUnsavedChanges();
    }

    private MongoBackend openBackend() {
        if (dataFile == null) {
            return new MemoryBackend();
        }
        try {
            return new DurableH2Backend(dataFile.toString());
        } catch (RuntimeException e) {
            // H2 locks the file; a second launcher on the same directory is the usual cause.
            String message = String.valueOf(e.getMessage());
            if (message.contains("locked")) {
                throw new EmbeddedStackException("Mongo data file " + dataFile + " is in use by another process "
                        + "(another launcher on the same data directory?). Stop it or choose another data directory.", e);
            }
            throw new EmbeddedStackException("Cannot open Mongo data file " + dataFile + ": " + message, e);
        }
    }

    /** "mongodb://127.0.0.1:27017". */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port();
    }

    /** The port listened on; with port 0 in the builder, the one chosen at {@link #start()}. */
    public int port() {
        return port != 0 ? port : requestedPort;
    }

    public boolean isInMemory() {
        return dataDirectory == null;
    }

    /** The H2 file, or null in memory. */
    public Path dataFile() {
        return dataFile;
    }

    /** Closes client connections and the store; the H2 backend writes its last changes to disk here. Idempotent. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.shutdownNow();
            server = null;
            log.info("Mongo store on port {} stopped", port);
        }
    }

    /** Options: in memory on port 27017 unless told otherwise. */
    public static final class Builder {

        private Path dataDirectory;
        private int port = 27017;

        private Builder() {
        }

        /** Keep the data in {@code <dataDirectory>/mongo.mv.db} (H2 MVStore). */
        public Builder dataDirectory(Path dataDirectory) {
            this.dataDirectory = Objects.requireNonNull(dataDirectory, "dataDirectory");
            return this;
        }

        /** Keep the data in memory only (the default). */
        public Builder inMemory() {
            this.dataDirectory = null;
            return this;
        }

        /** Port on 127.0.0.1 (default 27017); 0 picks a free port. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("Port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        public MongoStore build() {
            return new MongoStore(this);
        }

        /** {@code build().start()}. */
        public MongoStore start() {
            return build().start();
        }
    }
}
