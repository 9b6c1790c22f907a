package vn.twotier.events.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.twotier.events.EventCatalog;

/**
 * JSON Schema (draft 2020-12) of an event record, derived from its components. A component is required unless
 * annotated {@link Nullable}. The snapshots of these schemas are the published contract of each event version.
 */
public final class EventSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private EventSchemas() {
    }

    public static ObjectNode schemaOf(EventCatalog.Descriptor descriptor) {
        ObjectNode schema = NODES.objectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("$id", descriptor.type());
        schema.put("title", descriptor.eventClass().getSimpleName());
        schema.put("x-topic", descriptor.topic());
        schema.setAll(objectSchema(descriptor.eventClass()));
        return schema;
    }

    private static ObjectNode objectSchema(Class<?> recordClass) {
        ObjectNode schema = NODES.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (RecordComponent component : recordClass.getRecordComponents()) {
            boolean nullable = component.isAnnotationPresent(Nullable.class)
                    || component.getAnnotatedType().isAnnotationPresent(Nullable.class);
            properties.set(component.getName(), typeSchema(component.getGenericType(), nullable));
            if (!nullable) {
                required.add(component.getName());
            }
        }
        schema.set("required", required);
        return schema;
    }

    private static ObjectNode typeSchema(Type type, boolean nullable) {
        ObjectNode schema = NODES.objectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                setType(schema, "array", nullable);
                schema.set("items", typeSchema(arguments[0], false));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                setType(schema, "object", nullable);
                schema.set("additionalProperties", typeSchema(arguments[1], false));
                return schema;
            }
            throw new IllegalArgumentException("Unsupported generic type in an event: " + type);
        }
        Class<?> cls = (Class<?>) type;
        if (cls == String.class) {
            setType(schema, "string", nullable);
        } else if (cls == int.class || cls == long.class || cls == Integer.class || cls == Long.class) {
            setType(schema, "integer", nullable && !cls.isPrimitive());
        } else if (cls == double.class || cls == Double.class || cls == BigDecimal.class) {
            setType(schema, "number", nullable && !cls.isPrimitive());
        } else if (cls == boolean.class || cls == Boolean.class) {
            setType(schema, "boolean", nullable && !cls.isPrimitive());
        } else if (cls == LocalDate.class) {
            setType(schema, "string", nullable);
            schema.put("format", "date");
        } else if (cls == Instant.class || cls == OffsetDateTime.class) {
            setType(schema, "string", nullable);
            schema.put("format", "date-time");
        } else if (cls == UUID.class) {
            setType(schema, "string", nullable);
            schema.put("format", "uuid");
        } else if (cls.isEnum()) {
            setType(schema, "string", nullable);
            ArrayNode values = schema.putArray("enum");
            for (Object constant : cls.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (cls.isRecord()) {
            schema.setAll(objectSchema(cls));
            if (nullable) {
                setType(schema, "object", true);
            }
        } else {
            throw new IllegalArgumentException("Unsupported type in an event: " + cls.getName());
        }
        return schema;
    }

    private static void setType(ObjectNode schema, String type, boolean nullable) {
        if (nullable) {
            schema.putArray("type").add(type).add("null");
        } else {
            schema.put("type", type);
        }
    }
}
