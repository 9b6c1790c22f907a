package vn.twotier.staffing.roster;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import vn.twotier.staffing.reference.ReferenceCsv;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * Reads a roster file, CSV (comma or semicolon, UTF-8, optional BOM) or XLSX (first sheet), into rows of text keyed
 * by normalised column names, each with the line number a user sees in the file. Also reads secondment
 * nomination lists.
 */
public final class RosterFileReader {

    public record RawRow(int line, Map<String, String> values) {
    }

    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);

    private RosterFileReader() {
    }

    public static List<RawRow> read(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase();
        boolean zip = content.length > 1 && content[0] == 'P' && content[1] == 'K';
        try {
            return name.endsWith(".xlsx") || zip ? xlsx(content) : csv(content);
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailedException failed) {
                throw failed;
            }
            throw new ValidationFailedException("unreadable-roster", "The file is neither a UTF-8 CSV nor an XLSX "
                    + "workbook that can be read.", List.of(Violation.ofField("file", "unreadable", e.getMessage())));
        }
    }

    private static List<RawRow> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = new BufferedReader(new StringReader(text)).readLine();
        char delimiter = firstLine != null && firstLine.chars().filter(c -> c == ';').count()
                > firstLine.chars().filter(c -> c == ',').count() ? ';' : ',';
        List<RawRow> rows = new ArrayList<>();
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).get();
        try (var parser = format.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames().stream().map(RosterFileReader::column).toList();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), ReferenceCsv.nfc(record.get(i).strip()));
                }
                rows.add(new RawRow((int) record.getRecordNumber() + 1, values));
            }
        }
        return rows;
    }

    private static List<RawRow> xlsx(byte[] content) throws IOException {
        List<RawRow> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<String> header = null;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        header.add(column(text(row, i, null)));
                    }
                    continue;
                }
                Map<String, String> values = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    values.put(header.get(i), ReferenceCsv.nfc(text(row, i, header.get(i))));
                }
                if (values.values().stream().anyMatch(v -> !v.isEmpty())) {
                    rows.add(new RawRow(row.getRowNum(), values));
                }
            }
        }
        return rows;
    }

    /** Cell text; numbers as plain digits (codes), date columns typed as numbers converted from Excel serials. */
    private static String text(Row row, int index, String column) {
        if (!row.hasCell(index)) {
            return "";
        }
        Cell cell = row.getCell(index);
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal number = cell.asNumber();
            if (column != null && column.endsWith("date")) {
                return EXCEL_EPOCH.plusDays(number.longValue()).toString();
            }
            return number.stripTrailingZeros().toPlainString();
        }
        String text = cell.getText();
        return text == null ? "" : text.strip();
    }

    /** "Birth date", "birth-date", "BIRTH_DATE" → "birth_date". */
    static String column(String header) {
        return header.strip().replace("\uFEFF", "").toLowerCase().replaceAll("[\\s\\-]+", "_");
    }
}
