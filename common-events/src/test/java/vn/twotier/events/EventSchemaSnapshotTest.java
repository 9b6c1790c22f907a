package vn.twotier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.twotier.events.schema.EventSchemas;
import vn.twotier.events.schema.SchemaCompatibility;

/**
 * The committed schema snapshots are the contract of each published event version. A record change that breaks
 * a version fails here, which forces a new version ({@code .v2}) instead. New types get their snapshot written by
 * running the build with {@code -Devent-schemas.write=true}.
 */
class EventSchemaSnapshotTest {

    private static final Path SNAPSHOTS = Path.of("src/main/resources/event-schemas");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Test
    void everyEventVersionIsCompatibleWithItsCommittedSnapshot() throws IOException {
        boolean write = Boolean.getBoolean("event-schemas.write");
        List<String> failures = new ArrayList<>();
        for (EventCatalog.Descriptor descriptor : EventCatalog.all()) {
            Path snapshot = SNAPSHOTS.resolve(descriptor.type() + ".schema.json");
            JsonNode current = EventSchemas.schemaOf(descriptor);
            if (!Files.exists(snapshot)) {
                if (write) {
                    Files.writeString(snapshot, JSON.writeValueAsString(current) + "\n");
                } else {
                    failures.add(descriptor.type() + ": no committed snapshot " + snapshot
                            + " (run with -Devent-schemas.write=true and commit it)");
                }
                continue;
            }
            JsonNode published = JSON.readTree(snapshot.toFile());
            SchemaCompatibility.breakingChanges(published, current)
                    .forEach(problem -> failures.add(descriptor.type() + ": " + problem
                            + " — breaking change: publish a new version instead"));
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everySnapshotStillHasItsEventType() throws IOException {
        Set<String> known = EventCatalog.all().stream().map(EventCatalog.Descriptor::type).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(SNAPSHOTS)) {
            List<String> orphans = files.map(path -> path.getFileName().toString().replace(".schema.json", ""))
                    .filter(type -> !known.contains(type))
                    .toList();
            assertThat(orphans).as("published event versions that no record carries any more").isEmpty();
        }
    }

    @Test
    void typesAreVersionedReverseDnsAndTopicsAreDeclared() {
        for (EventCatalog.Descriptor descriptor : EventCatalog.all()) {
            assertThat(descriptor.type()).matches("vn\\.twotier\\.(merger|staffing|notification)\\.[a-z-]+\\.[a-z-]+\\.v\\d+");
            assertThat(Topics.ALL).contains(descriptor.topic());
            assertThat(descriptor.eventClass().getSimpleName()).as("past-tense event name")
                    .matches(".*(ed|wn|TookEffect)$");
        }
    }
}
