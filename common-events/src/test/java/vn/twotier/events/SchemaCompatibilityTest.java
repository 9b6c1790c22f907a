package vn.twotier.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.twotier.events.schema.EventSchemas;
import vn.twotier.events.schema.SchemaCompatibility;

/** The rules that decide when a change needs a new event version. */
class SchemaCompatibilityTest {

    enum Colour { RED, GREEN }

    enum MoreColours { RED, GREEN, BLUE }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record V1(String code, int count, @Nullable String note, Colour colour, List<String> tags) implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record AddedOptional(String code, int count, @Nullable String note, Colour colour, List<String> tags,
            @Nullable String extra) implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record AddedRequired(String code, int count, @Nullable String note, Colour colour, List<String> tags,
            String extra) implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record Removed(String code, @Nullable String note, Colour colour, List<String> tags) implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record Retyped(String code, String count, @Nullable String note, Colour colour, List<String> tags)
            implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record NewEnumValue(String code, int count, @Nullable String note, MoreColours colour, List<String> tags)
            implements DomainEvent {
        public String aggregateId() { return code; }
    }

    @EventType(value = "vn.twotier.test.thing.happened.v1", topic = Topics.MERGER_UNITS)
    record ListRetyped(String code, int count, @Nullable String note, Colour colour, List<Integer> tags)
            implements DomainEvent {
        public String aggregateId() { return code; }
    }

    private static JsonNode schema(Class<? extends DomainEvent> type) {
        EventType annotation = type.getAnnotation(EventType.class);
        return EventSchemas.schemaOf(new EventCatalog.Descriptor(annotation.value(), annotation.topic(), type));
    }

    @Test
    void sameRecordIsCompatible() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(V1.class))).isEmpty();
    }

    @Test
    void addingAnOptionalFieldIsCompatible() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(AddedOptional.class))).isEmpty();
    }

    @Test
    void addingARequiredFieldBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(AddedRequired.class)))
                .singleElement().asString().contains("extra").contains("added as required");
    }

    @Test
    void removingAFieldBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(Removed.class)))
                .singleElement().asString().contains("count: removed");
    }

    @Test
    void changingAFieldTypeBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(Retyped.class)))
                .singleElement().asString().contains("count: type changed");
    }

    @Test
    void addingAnEnumValueBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(NewEnumValue.class)))
                .singleElement().asString().contains("BLUE");
    }

    @Test
    void changingListItemsBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(V1.class), schema(ListRetyped.class)))
                .singleElement().asString().contains("tags[]");
    }

    @Test
    void makingARequiredFieldOptionalBreaks() {
        assertThat(SchemaCompatibility.breakingChanges(schema(AddedOptional.class), schema(V1.class)))
                .singleElement().asString().contains("extra: removed");
    }
}
