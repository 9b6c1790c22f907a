package vn.twotier.notification.message;

import java.util.LinkedHashMap;
import java.util.Map;

/** Template values; unlike {@code Map.of}, a missing (null) value is allowed and renders as "unknown". */
public final class Values {

    private final Map<String, Object> values = new LinkedHashMap<>();

    private Values() {
    }

    public static Values with(String name, Object value) {
        return new Values().and(name, value);
    }

    public Values and(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public Map<String, Object> asMap() {
        return values;
    }
}
