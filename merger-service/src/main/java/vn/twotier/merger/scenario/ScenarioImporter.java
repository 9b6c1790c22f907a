package vn.twotier.merger.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.merger.register.mapping.MappingFileReader;
import vn.twotier.merger.register.mapping.MappingLink;
import vn.twotier.merger.register.mapping.MappingParser;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * Drafts scenarios from a mapping file (the register import's format): one draft per province in the file, each
 * new unit made of its rows' old units. The file's resolution is kept as each unit's legal basis. A bad file is
 * refused whole, with every bad line.
 */
@Component
public class ScenarioImporter {

    private final MappingFileReader reader;
    private final MappingParser parser;
    private final ScenarioService scenarios;

    public ScenarioImporter(MappingFileReader reader, MappingParser parser, ScenarioService scenarios) {
        this.reader = reader;
        this.parser = parser;
        this.scenarios = scenarios;
    }

    public List<Scenario> importFile(byte[] content, String fileName, @Nullable String provinceCode,
            @Nullable String name, LocalDate effectiveDate, String actor) {
        List<MappingLink> links = parser.parse(reader.read(content, fileName));
        Map<String, List<MappingLink>> byProvince = new LinkedHashMap<>();
        links.stream().filter(link -> provinceCode == null || link.provinceCode().equals(provinceCode))
                .forEach(link -> byProvince.computeIfAbsent(link.provinceCode(), code -> new ArrayList<>()).add(link));
        if (byProvince.isEmpty()) {
            throw new ValidationFailedException("no-rows-for-province", "The file has no row for province "
                    + provinceCode + ".", List.of(Violation.ofField("provinceCode", "no-rows",
                            "No row has province_code " + provinceCode + ".")));
        }
        List<Scenario> created = new ArrayList<>();
        byProvince.forEach((province, rows) -> {
            String provinceName = rows.get(0).provinceName() != null ? rows.get(0).provinceName() : province;
            String title = name != null && !name.isBlank() ? name.strip()
                    : fileName + " – " + provinceName;
            created.add(scenarios.create(province, title, effectiveDate, units(rows), fileName, actor));
        });
        return created;
    }

    private static List<ScenarioUnit> units(List<MappingLink> rows) {
        Map<String, List<MappingLink>> byNewUnit = new LinkedHashMap<>();
        rows.forEach(link -> byNewUnit.computeIfAbsent(link.newCode(), code -> new ArrayList<>()).add(link));
        return byNewUnit.values().stream().map(group -> {
            MappingLink first = group.get(0);
            List<ProposedPart> parts = group.stream()
                    .map(link -> new ProposedPart(link.oldCode(), link.share(), link.fraction())).toList();
            return new ScenarioUnit(first.newCode(), first.newName(), first.newType(), parts, first.newAreaKm2(),
                    first.resolution());
        }).toList();
    }
}
