package vn.twotier.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class MongoStoreTest {

    @Test
    void documentsAndUniqueIndexesSurviveARestartOnH2(@TempDir Path dir) {
        try (MongoStore store = MongoStore.builder().dataDirectory(dir).port(0).start();
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> communes = communes(client);
            communes.createIndex(Indexes.ascending("code"), new IndexOptions().unique(true));
            communes.insertOne(new Document("code", "26734").append("name", "Phường Sài Gòn"));
        }
        assertThat(dir.resolve("mongo.mv.db")).isRegularFile();

        try (MongoStore store = MongoStore.builder().dataDirectory(dir).port(0).start();
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> communes = communes(client);
            assertThat(communes.find(Filters.eq("code", "26734")).first())
                    .isNotNull()
                    .containsEntry("name", "Phường Sài Gòn");
            assertThatThrownBy(() -> communes.insertOne(new Document("code", "26734").append("name", "duplicate")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode())).isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void everyAcknowledgedWriteIsInTheFileAtOnceSoAKilledProcessLosesNone(@TempDir Path dir) {
        try (MongoStore store = MongoStore.builder().dataDirectory(dir).port(0).start();
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> units = client.getDatabase("twotier").getCollection("units");
            units.insertOne(new Document("_id", "42").append("name", "Hà Tĩnh"));
            assertThat(store.hasUncommittedWrites()).isFalse();
            units.updateOne(new Document("_id", "42"), new Document("$set", new Document("units", 69)));
            assertThat(store.hasUncommittedWrites()).isFalse();
            units.findOneAndUpdate(new Document("_id", "42"), new Document("$inc", new Document("units", 1)));
            assertThat(store.hasUncommittedWrites()).isFalse();
            units.deleteOne(new Document("_id", "42"));
            assertThat(store.hasUncommittedWrites()).isFalse();
        }
    }

    @Test
    void inMemoryOnAnyFreePort() {
        try (MongoStore store = MongoStore.builder().inMemory().port(0).start();
                MongoClient client = MongoClients.create(store.connectionString())) {
            assertThat(store.isInMemory()).isTrue();
            assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port()).doesNotEndWith(":0");
            communes(client).insertOne(new Document("code", "00001"));
            assertThat(communes(client).countDocuments()).isEqualTo(1);
        }
    }

    @Test
    void aTakenPortIsReported() throws Exception {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            MongoStore store = MongoStore.builder().port(taken.getLocalPort()).build();
            assertThatThrownBy(store::start)
                    .isInstanceOf(EmbeddedStackException.class)
                    .hasMessage("Port " + taken.getLocalPort() + " is already in use (another MongoDB?). "
                            + "Set --mongo-port or stop the other process.");
        }
    }

    @Test
    void aDataDirectoryThatCannotBeCreatedIsReported(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("afile"), "not a directory");
        Path dir = file.resolve("data");
        MongoStore store = MongoStore.builder().dataDirectory(dir).port(0).build();

        assertThatThrownBy(store::start)
                .isInstanceOf(EmbeddedStackException.class)
                .hasMessage("Data directory " + dir + " is not writable: " + file + " is a file, not a directory.");
    }

    @Test
    void aDataFileInUseIsReported(@TempDir Path dir) {
        try (MongoStore first = MongoStore.builder().dataDirectory(dir).port(0).start()) {
            MongoStore second = MongoStore.builder().dataDirectory(dir).port(0).build();
            assertThatThrownBy(second::start)
                    .isInstanceOf(EmbeddedStackException.class)
                    .hasMessageStartingWith("Mongo data file " + dir.resolve("mongo.mv.db") + " is in use by another process");
        }
    }

    private static MongoCollection<Document> communes(MongoClient client) {
        return client.getDatabase("twotier").getCollection("communes");
    }
}
