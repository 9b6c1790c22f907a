package vn.twotier.events.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Whether a new schema can stand for an already published event version. Readers of the old version must still
 * find every property they know, with the same type, required where it was required and with no enum value they
 * do not know; stored events of the old version must still be readable, so any added property must be optional.
 */
public final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /** The breaking differences, empty when {@code current} is compatible with {@code published}. */
    public static List<String> breakingChanges(JsonNode published, JsonNode current) {
        List<String> problems = new ArrayList<>();
        compare("", published, current, problems);
        return problems;
    }

    private static void compare(String path, JsonNode published, JsonNode current, List<String> problems) {
        String where = path.isEmpty() ? "(root)" : path;
        Set<String> oldTypes = types(published);
        Set<String> newTypes = types(current);
        if (!newTypes.equals(oldTypes)) {
            if (newTypes.containsAll(oldTypes) && newTypes.contains("null") && !oldTypes.contains("null")) {
                problems.add(where + ": became nullable (readers expect a value)");
            } else {
                problems.add(where + ": type changed from " + oldTypes + " to " + newTypes);
            }
            return;
        }
        if (published.has("format") && !published.path("format").equals(current.path("format"))) {
            problems.add(where + ": format changed from " + published.get("format") + " to " + current.get("format"));
        }
        if (published.has("enum")) {
            Set<String> known = texts(published.get("enum"));
            for (String value : texts(current.path("enum"))) {
                if (!known.contains(value)) {
                    problems.add(where + ": new enum value " + value + " unknown to readers of this version");
                }
            }
        }
        if (published.has("items")) {
            compare(path + "[]", published.get("items"), current.path("items"), problems);
        }
        if (published.has("additionalProperties")) {
            compare(path + "{}", published.get("additionalProperties"), current.path("additionalProperties"),
                    problems);
        }
        if (published.has("properties")) {
            compareProperties(path, published, current, problems);
        }
    }

    private static void compareProperties(String path, JsonNode published, JsonNode current, List<String> problems) {
        Set<String> oldRequired = texts(published.path("required"));
        Set<String> newRequired = texts(current.path("required"));
        JsonNode oldProperties = published.get("properties");
        JsonNode newProperties = current.path("properties");
        for (String name : oldProperties.propertyNames()) {
            String child = path.isEmpty() ? name : path + "." + name;
            if (!newProperties.has(name)) {
                problems.add(child + ": removed");
                continue;
            }
            if (oldRequired.contains(name) && !newRequired.contains(name)) {
                problems.add(child + ": no longer required");
            }
            compare(child, oldProperties.get(name), newProperties.get(name), problems);
        }
        for (String name : newProperties.propertyNames()) {
            if (!oldProperties.has(name) && newRequired.contains(name)) {
                String child = path.isEmpty() ? name : path + "." + name;
                problems.add(child + ": added as required (events already published lack it); make it @Nullable");
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? texts(type) : Set.of(type.asString(""));
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(node -> values.add(node.asString()));
        return values;
    }
}
