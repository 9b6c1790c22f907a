package vn.twotier.merger.register.mapping;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** One data row of a mapping file as text, with its line (CSV) or row (XLSX) number for error messages. */
public record RawRow(int line, Map<String, String> values) {

    public @Nullable String get(String column) {
        return values.get(column);
    }
}
