package vn.twotier.merger.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The project's reference data in {@code ../shared/data} beside the repository (tests run in the module directory,
 * so two levels up). Tests read the real files, never copies.
 */
public final class SharedData {

    public static final String MERGERS = "commune_mergers_2025.csv";

    private SharedData() {
    }

    public static Path dir() {
        Path dir = Path.of("..", "..", "shared", "data").toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("Reference data not found at " + dir + ": the tests need ../shared/data "
                    + "beside the repository root (see ../shared/data/README.md).");
        }
        return dir;
    }

    public static Path file(String name) {
        Path file = dir().resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference file " + file + " is missing.");
        }
        return file;
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the merger mapping, each as column → value, in file order. */
    public static List<Map<String, String>> mergerRows() {
        try (Reader reader = Files.newBufferedReader(file(MERGERS), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                        .parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> mergerHeader() {
        try (Reader reader = Files.newBufferedReader(file(MERGERS), StandardCharsets.UTF_8);
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().get().parse(reader)) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The header and the rows that pass the filter, as a CSV file in the same format. */
    public static byte[] mergersWhere(Predicate<Map<String, String>> filter) {
        List<String> header = mergerHeader();
        List<List<String>> rows = mergerRows().stream().filter(filter)
                .map(row -> header.stream().map(row::get).toList()).toList();
        return csv(header, rows);
    }

    public static byte[] csv(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
