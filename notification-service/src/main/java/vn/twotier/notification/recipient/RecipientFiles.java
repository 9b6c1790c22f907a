package vn.twotier.notification.recipient;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * Reads recipients from CSV (UTF-8, header row) or XLSX (first sheet, header row). Columns: {@code id, province_code,
 * unit_code, role, name, person_id, email, webhook_url, webhook_secret, digest, active}; only province_code, role and
 * name are required (and unit_code for unit roles, person_id for a seconded person).
 */
@Component
public class RecipientFiles {

    static final List<String> COLUMNS = List.of("id", "province_code", "unit_code", "role", "name", "person_id",
            "email", "webhook_url", "webhook_secret", "digest", "active");
    private static final List<String> REQUIRED = List.of("province_code", "role", "name");

    public List<Recipients.NumberedInput> read(String fileName, InputStream content) throws IOException {
        String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx")) {
            return xlsx(content);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
            return csv(content);
        }
        throw new ValidationFailedException("unsupported-file", "Send a .csv or .xlsx file.",
                List.of(Violation.ofField("file", "unsupported-type", "Not a .csv or .xlsx file: " + fileName)));
    }

    private List<Recipients.NumberedInput> csv(InputStream content) throws IOException {
        Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(content).get(),
                StandardCharsets.UTF_8);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            Map<String, Integer> header = normalize(parser.getHeaderMap());
            checkHeader(header);
            List<Recipients.NumberedInput> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                // Header is line 1; getRecordNumber counts data records from 1.
                int line = (int) record.getRecordNumber() + 1;
                rows.add(new Recipients.NumberedInput(line, input(column -> cell(record, header, column))));
            }
            return rows;
        }
    }

    private List<Recipients.NumberedInput> xlsx(InputStream content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(content)) {
            Sheet sheet = workbook.getFirstSheet();
            List<Row> rows = sheet.read();
            if (rows.isEmpty()) {
                checkHeader(Map.of());
            }
            Row first = rows.get(0);
            Map<String, Integer> columns = new HashMap<>();
            for (int c = 0; c < first.getCellCount(); c++) {
                int index = c;
                first.getCellAsString(c).ifPresent(name -> columns.put(name.strip().toLowerCase(Locale.ROOT), index));
            }
            checkHeader(columns);
            List<Recipients.NumberedInput> result = new ArrayList<>();
            for (Row row : rows.subList(1, rows.size())) {
                if (isBlank(row)) {
                    continue;
                }
                result.add(new Recipients.NumberedInput(row.getRowNum(), input(column -> {
                    Integer index = columns.get(column);
                    return index == null || index >= row.getCellCount() ? null : text(row, index);
                })));
            }
            return result;
        }
    }

    private static @Nullable String text(Row row, int index) {
        Optional<String> value = row.getCellAsString(index);
        if (value.isPresent()) {
            return value.get();
        }
        // Numbers and booleans typed into Excel come back as their raw text.
        return row.getCell(index) == null ? null : row.getCell(index).getRawValue();
    }

    private static boolean isBlank(Row row) {
        for (int c = 0; c < row.getCellCount(); c++) {
            String value = text(row, c);
            if (value != null && !value.isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static RecipientInput input(java.util.function.Function<String, @Nullable String> cell) {
        return new RecipientInput(cell.apply("id"), cell.apply("province_code"), cell.apply("unit_code"),
                cell.apply("role"), cell.apply("name"), cell.apply("person_id"), cell.apply("email"), cell.apply("webhook_url"),
                cell.apply("webhook_secret"), bool(cell.apply("digest")), bool(cell.apply("active")), null);
    }

    private static @Nullable Boolean bool(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        return value.equals("true") || value.equals("1") || value.equals("yes") || value.equals("có")
                || value.equals("x");
    }

    private static Map<String, Integer> normalize(Map<String, Integer> header) {
        Map<String, Integer> normalized = new HashMap<>();
        header.forEach((name, index) -> normalized.put(name.strip().toLowerCase(Locale.ROOT), index));
        return normalized;
    }

    private static void checkHeader(Map<String, Integer> header) {
        List<Violation> missing = REQUIRED.stream().filter(column -> !header.containsKey(column))
                .map(column -> Violation.atLine(1, column, "missing-column", "The header has no column " + column
                        + "; expected columns: " + COLUMNS + "."))
                .toList();
        if (!missing.isEmpty()) {
            throw new ValidationFailedException("invalid-recipients-file", "The file's header is incomplete.",
                    missing);
        }
    }

    private static @Nullable String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : record.get(index);
    }
}
