package vn.twotier.merger.register.mapping;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Reads a mapping file, CSV (UTF-8, comma, header row) or XLSX (first sheet, header row), into text rows. */
@Component
public class MappingFileReader {

    /** Zero-padded widths of code columns, for spreadsheets that turned "00004" into the number 4. */
    private static final Map<String, Integer> CODE_WIDTHS = Map.of(
            MappingColumns.NEW_CODE, 5, MappingColumns.OLD_CODE, 5, MappingColumns.PROVINCE_CODE, 2);

    public List<RawRow> read(byte[] content, @Nullable String fileName) {
        if (content.length == 0) {
            throw invalid("empty-file", "The file is empty.", List.of());
        }
        try {
            List<RawRow> rows = ReadableWorkbook.isOOXMLZipHeader(content) ? readXlsx(content) : readCsv(content);
            if (rows.isEmpty()) {
                throw invalid("empty-file", "The file has a header but no data rows.", List.of());
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ValidationFailedException validation) {
                throw validation;
            }
            throw invalid("unreadable-file", "The file " + (fileName == null ? "" : fileName + " ")
                    + "is neither a UTF-8 CSV nor an XLSX workbook that can be read: " + e.getMessage(), List.of());
        }
    }

    private List<RawRow> readCsv(byte[] content) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (Reader reader = new InputStreamReader(
                BOMInputStream.builder().setInputStream(new ByteArrayInputStream(content)).get(),
                StandardCharsets.UTF_8.newDecoder());
                CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            List<String> header = parser.getHeaderNames().stream().map(MappingFileReader::column).toList();
            checkHeader(header);
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    values.put(header.get(i), record.get(i));
                }
                // line of the record's first character: the header is line 1
                rows.add(new RawRow((int) record.getRecordNumber() + 1, values));
            }
            return rows;
        }
    }

    private List<RawRow> readXlsx(byte[] content) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
                Stream<Row> sheet = workbook.getFirstSheet().openStream()) {
            List<RawRow> rows = new ArrayList<>();
            List<String> header = null;
            for (Row row : (Iterable<Row>) sheet::iterator) {
                if (header == null) {
                    header = new ArrayList<>();
                    for (int i = 0; i < row.getCellCount(); i++) {
                        header.add(column(row.getCellText(i)));
                    }
                    checkHeader(header);
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                boolean empty = true;
                for (int i = 0; i < header.size() && i < row.getCellCount(); i++) {
                    String text = text(header.get(i), row.getCell(i));
                    values.put(header.get(i), text);
                    empty &= text.isEmpty();
                }
                if (!empty) {
                    rows.add(new RawRow(row.getRowNum(), values));
                }
            }
            if (header == null) {
                throw invalid("empty-file", "The workbook's first sheet is empty.", List.of());
            }
            return rows;
        }
    }

    private static String text(String column, @Nullable Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            String number = new BigDecimal(cell.getRawValue()).stripTrailingZeros().toPlainString();
            Integer width = CODE_WIDTHS.get(column);
            return width != null && number.matches("\\d+") && number.length() < width
                    ? "0".repeat(width - number.length()) + number : number;
        }
        return cell.getText().strip();
    }

    private static void checkHeader(List<String> header) {
        List<Violation> missing = MappingColumns.REQUIRED.stream().filter(column -> !header.contains(column))
                .map(column -> Violation.atLine(1, column, "missing-column", "Required column " + column
                        + " is not in the header row."))
                .toList();
        if (!missing.isEmpty()) {
            throw invalid("invalid-mapping-file", "The header row lacks required columns.", missing);
        }
    }

    private static String column(@Nullable String name) {
        return name == null ? "" : name.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    }

    static ValidationFailedException invalid(String slug, String detail, List<Violation> violations) {
        return new ValidationFailedException(slug, detail, violations);
    }
}
