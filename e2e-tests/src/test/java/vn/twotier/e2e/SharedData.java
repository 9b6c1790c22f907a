package vn.twotier.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The reference data beside the repository ({@code ../shared/data}); tests fail clearly when it is absent. */
public final class SharedData {

    private SharedData() {
    }

    public static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("mvnw")) ? here : here.getParent();
    }

    public static Path file(String name) {
        Path file = repoRoot().resolve("../shared/data").resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("Reference data " + file + " is missing: the tests expect ../shared/data "
                    + "beside the repository root (see README, 'Tests').");
        }
        return file;
    }

    /** The header and the rows of one province of the 2025 merger register, as CSV bytes. */
    public static byte[] registerOfProvince(String provinceCode) throws IOException {
        List<String> lines = Files.readAllLines(file("commune_mergers_2025.csv"), StandardCharsets.UTF_8);
        List<String> header = List.of(lines.get(0).split(",", -1));
        int column = header.indexOf("province_code");
        String body = lines.stream().skip(1)
                .filter(line -> provinceCode.equals(parse(line).get(column)))
                .collect(Collectors.joining("\n"));
        return (lines.get(0) + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> parse(String line) {
        try (var parser = org.apache.commons.csv.CSVParser.parse(line, org.apache.commons.csv.CSVFormat.DEFAULT)) {
            return parser.getRecords().get(0).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
