package vn.twotier.staffing.roster;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.reference.Block;
import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.PositionNorm;
import vn.twotier.staffing.reference.ReferenceCsv;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.unit.UnitVersion;

class SyntheticRosterGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 8, 1);

    private final Map<String, Position> positions = ReferenceCsv.read("positions.csv").stream()
            .map(row -> new Position(row.get("code"), row.get("name_vi"), row.get("name_en"), row.get("department"),
                    Block.valueOf(row.get("block")), StaffCategory.valueOf(row.get("category")),
                    row.get("specialty"), row.get("role"), row.get("era"), 1, "test"))
            .collect(Collectors.toMap(Position::code, p -> p));
    private final List<PositionNorm> norms = ReferenceCsv.read("position_norms.csv").stream()
            .map(row -> new PositionNorm(row.get("norm_set"), row.get("position_code"),
                    Integer.parseInt(row.get("count")))).toList();

    private SyntheticRosterGenerator.Result generate(long seed) {
        List<UnitVersion> units = new ArrayList<>();
        Map<UnitVersion, SyntheticRosterGenerator.UnitFrame> frames = new LinkedHashMap<>();
        for (int i = 1; i <= 30; i++) {
            UnitVersion unit = new UnitVersion("9%04d@2025-07-01".formatted(i), "9%04d".formatted(i),
                    LocalDate.of(2025, 7, 1), null, "Xã " + i, UnitType.COMMUNE, "99", null, null, null, null, null, null, null);
            units.add(unit);
            frames.put(unit, new SyntheticRosterGenerator.UnitFrame(32, "GOV2025", 0));
        }
        return new SyntheticRosterGenerator().generate("99", seed, AS_OF, units, frames, positions,
                set -> norms.stream().filter(n -> n.normSet().equals(set)).toList());
    }

    @Test
    void theSameSeedGivesTheSamePeopleAndAnotherSeedOthers() {
        assertThat(generate(7).rosters()).isEqualTo(generate(7).rosters());
        assertThat(generate(8).rosters()).isNotEqualTo(generate(7).rosters());
    }

    @Test
    void peopleLookLikeACommuneStaff() {
        List<StaffMember> everyone = generate(7).rosters().values().stream().flatMap(List::stream).toList();
        assertThat(everyone).allSatisfy(person -> {
            assertThat(Normalizer.isNormalized(person.fullName(), Normalizer.Form.NFC)).isTrue();
            assertThat(person.fullName().split(" ")).hasSizeGreaterThanOrEqualTo(3);
            assertThat(Period.between(person.birthDate(), AS_OF).getYears()).isBetween(22, 60);
            assertThat(positions).containsKey(person.positionCode());
            if (person.pregnant()) {
                assertThat(person.gender()).isEqualTo(Gender.FEMALE);
            }
        });
        double women = everyone.stream().filter(p -> p.gender() == Gender.FEMALE).count() / (double) everyone.size();
        assertThat(women).isBetween(0.3, 0.6);
        assertThat(everyone.stream().map(StaffMember::fullName).distinct().count())
                .as("names vary").isGreaterThan(everyone.size() / 3);
        assertThat(everyone).filteredOn(p -> p.positionCode().equals("CT_UBND")).hasSize(30);
    }

    @Test
    void beforeTheReformNgheAnIsCalibratedToItsPublished8813CadresAndCivilServants() {
        List<UnitVersion> units = new ArrayList<>();
        Map<UnitVersion, SyntheticRosterGenerator.UnitFrame> frames = new LinkedHashMap<>();
        for (int i = 1; i <= 412; i++) {
            UnitVersion unit = new UnitVersion("4%04d@2008-01-01".formatted(i), "4%04d".formatted(i),
                    LocalDate.of(2008, 1, 1), null, "Xã " + i, UnitType.COMMUNE, "40", "Huyện " + (i % 20), null,
                    null, null, "II", null, null);
            units.add(unit);
            frames.put(unit, new SyntheticRosterGenerator.UnitFrame(20, "ND33", 12));
        }
        SyntheticRosterGenerator.Result result = new SyntheticRosterGenerator().generate("40", 1, LocalDate.of(2025,
                3, 1), units, frames, positions, set -> norms.stream().filter(n -> n.normSet().equals(set)).toList());
        long cadresAndCivilServants = result.rosters().values().stream().flatMap(List::stream)
                .filter(p -> p.category() == StaffCategory.CADRE || p.category() == StaffCategory.CIVIL_SERVANT)
                .count();
        assertThat(result.calibratedTotal()).isEqualTo(8813);
        assertThat(cadresAndCivilServants).isEqualTo(8813);
        assertThat(result.rosters().values().stream().flatMap(List::stream)
                .filter(p -> p.category() == StaffCategory.NON_PROFESSIONAL).count())
                .as("about the 12 non-professionals of a class II commune each").isBetween(412L * 10, 412L * 15);
    }
}
