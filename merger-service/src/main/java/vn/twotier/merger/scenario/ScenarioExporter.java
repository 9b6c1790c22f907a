package vn.twotier.merger.scenario;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.mapping.MappingColumns;
import vn.twotier.merger.register.query.RegisterQueries;

/**
 * Writes a scenario as a mapping file, CSV or XLSX, in the columns the imports read, so an export imports back
 * as the same proposal. Codes are text cells (leading zeros survive spreadsheets); areas and fractions are numbers.
 */
@Component
public class ScenarioExporter {

    private final ScenarioParts parts;
    private final RegisterQueries register;

    public ScenarioExporter(ScenarioParts parts, RegisterQueries register) {
        this.parts = parts;
        this.register = register;
    }

    public byte[] csv(Scenario scenario) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(MappingColumns.ALL);
            for (List<Object> row : rows(scenario)) {
                printer.printRecord(row.stream().map(value -> value == null ? "" : value.toString()).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx(Scenario scenario) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Workbook workbook = new Workbook(out, "TwoTier", "1.0");
            Worksheet sheet = workbook.newWorksheet("Phương án");
            for (int c = 0; c < MappingColumns.ALL.size(); c++) {
                sheet.value(0, c, MappingColumns.ALL.get(c));
                sheet.style(0, c).bold().set();
            }
            List<List<Object>> rows = rows(scenario);
            for (int r = 0; r < rows.size(); r++) {
                List<Object> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        sheet.value(r + 1, c, number);
                    } else if (value != null) {
                        sheet.value(r + 1, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<List<Object>> rows(Scenario scenario) {
        Map<String, UnitVersion> known = parts.of(scenario);
        UnitVersion province = register.province(scenario.getProvinceCode(), scenario.getEffectiveDate().minusDays(1));
        String provinceName = province == null ? null : province.getName();
        List<List<Object>> rows = new ArrayList<>();
        for (ScenarioUnit unit : scenario.getUnits()) {
            for (ProposedPart part : unit.parts()) {
                UnitVersion old = known.get(part.unitCode());
                List<Object> row = new ArrayList<>();
                row.add(unit.code());
                row.add(unit.name());
                row.add(unit.type().vietnamese());
                row.add(provinceName);
                row.add(scenario.getProvinceCode());
                row.add(part.unitCode());
                row.add(old == null ? null : old.getName());
                row.add(old == null ? null : old.getType().vietnamese());
                row.add(old == null || old.getDistrictName() == null || old.getDistrictName().equals(old.getName())
                        ? null : old.getDistrictName());
                row.add(old == null ? null : old.getFormerProvinceName());
                row.add(part.share().name().toLowerCase(Locale.ROOT));
                row.add(unit.basis());
                row.add(unit.areaKm2());
                row.add(part.fraction());
                rows.add(row);
            }
        }
        return rows;
    }
}
