package vn.twotier.staffing.reference;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;

/** Reads the CSV files shipped in {@code src/main/resources/reference/}: UTF-8, header row, text normalised to NFC. */
public final class ReferenceCsv {

    private ReferenceCsv() {
    }

    public static List<Map<String, String>> read(String name) {
        ClassPathResource resource = new ClassPathResource("reference/" + name);
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                Map<String, String> row = new LinkedHashMap<>();
                record.toMap().forEach((key, value) -> row.put(key.strip(), nfc(value.strip())));
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read reference data " + name, e);
        }
    }

    public static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** A pipe-separated list of enum names; {@code ANY} or blank means every value. */
    public static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
        if (text == null || text.isBlank() || "ANY".equalsIgnoreCase(text.strip())) {
            return EnumSet.allOf(type);
        }
        Set<E> values = EnumSet.noneOf(type);
        for (String part : text.split("\\|")) {
            values.add(Enum.valueOf(type, part.strip()));
        }
        return values;
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
