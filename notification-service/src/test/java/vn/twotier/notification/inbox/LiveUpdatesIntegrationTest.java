package vn.twotier.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.notification.NotificationServiceTest;
import vn.twotier.notification.ServiceTestSupport;
import vn.twotier.notification.TestEvents;

/** A browser with the inbox open sees a new notification arrive without reloading. */
@NotificationServiceTest
class LiveUpdatesIntegrationTest extends ServiceTestSupport {

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 7, 3, 14, 0, 0, 0, ZoneOffset.ofHours(7));

    @Autowired
    LiveUpdates live;

    @Test
    void aNewInboxEntryIsPushedToAnOpenStreamAndAReconnectCatchesUp() {
        String province = TestEvents.code();
        String first = publish(new RegisterImported("imp-1", province, "Tỉnh Trực Tuyến", 1, 0, 0, null, "tester"),
                NOW);
        String committee = committeeOf(province);
        awaitEntry(committee, first);

        List<String> lines = new CopyOnWriteArrayList<>();
        try (Stream<String> stream = open(committee, null, lines)) {
            await().atMost(PATIENCE).until(() -> live.openStreams(committee) == 1);
            String second = publish(new RegisterImported("imp-2", province, "Tỉnh Trực Tuyến", 2, 0, 1, null,
                    "tester"), NOW.plusHours(1));

            await().atMost(PATIENCE).until(() -> lines.stream().anyMatch(line -> line.contains(second)));
            assertThat(lines).contains("event:notification");
            assertThat(lines).noneMatch(line -> line.contains(first)).as("no replay without Last-Event-ID");
            assertThat(lines).anyMatch(line -> line.startsWith("data:") && line.contains("Tỉnh Trực Tuyến"));
        }

        List<String> resumed = new CopyOnWriteArrayList<>();
        try (Stream<String> again = open(committee, "1", resumed)) {
            await().atMost(PATIENCE).until(() -> resumed.stream().anyMatch(line -> line.startsWith("id:2")));
            assertThat(resumed).noneMatch(line -> line.contains(first));
        }
    }

    /** Reads the stream's lines into {@code lines} in the background; closing the returned stream hangs up. */
    private Stream<String> open(String recipientId, String lastEventId, List<String> lines) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/v1/inbox/" + recipientId + "/stream")).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        Stream<String> body = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .join().body();
        CompletableFuture.runAsync(() -> {
            try {
                body.forEach(lines::add);
            } catch (RuntimeException closed) {
                // hung up by the test
            }
        });
        return body;
    }
}
