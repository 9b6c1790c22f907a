package vn.twotier.staffing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.UnitType;

/** Decree 33/2023 population and area increments, one test per rule, over the shipped norms. */
class Decree33IncrementsTest {

    private static final List<StaffingNorm> NORMS = NormFiles.load();
    private static final LocalDate BEFORE_REFORM = LocalDate.of(2024, 6, 1);

    private static PopulationAreaStandard standard(UnitType type, Long population, Double area) {
        return new PopulationAreaStandard("TEST-" + type, 1, type, "99", LocalDate.of(2016, 1, 1), null, population,
                area, "Res. 1211/2016 (test figure)", null, "test");
    }

    private static FrameIncrements increments(UnitType type, String unitClass, LocalDate date,
            PopulationAreaStandard standard, Long population, Double area) {
        AppliedNorms applied = new UnitNorms("II").resolve(NORMS, type, unitClass, "99", date);
        return Decree33Increments.compute(NORMS, applied.frame(), type, applied.unitClass(), "99", date, () -> standard,
                new Decree33Increments.UnitFigures(population, area));
    }

    private static FrameIncrements.Increment only(FrameIncrements increments, FrameIncrements.Basis basis) {
        return increments.increments().stream().filter(i -> i.basis() == basis).findFirst().orElseThrow();
    }

    @Test
    void otherUnitsGainOneCivilServantPerFullHalfOfTheStandardPopulationExceeded() {
        // xã class II (max 20), population 1.6× the standard: 1.6 − 1 = 0.6 → one full 1/2 step
        FrameIncrements result = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), 16_000L, 10.0);
        assertThat(result.baseFrame()).isEqualTo(20);
        FrameIncrements.Increment population = only(result, FrameIncrements.Basis.POPULATION);
        assertThat(population.normId()).isEqualTo("ND33-INC-POP-OTHER");
        assertThat(population.count()).isEqualTo(1);
        assertThat(population.reason()).startsWith("+1: dân số vượt 0,6 lần quy mô chuẩn")
                .contains("population exceeds the standard by 0.6×");
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.frame()).isEqualTo(21);
        assertThat(result.incrementsKnown()).isTrue();
        assertThat(result.missingInputs()).isEmpty();
    }

    @Test
    void populationTwiceTheStandardIsTwoFullHalfStepsAndAtTheStandardNone() {
        FrameIncrements twice = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), 20_000L, 10.0);
        assertThat(only(twice, FrameIncrements.Basis.POPULATION).count()).isEqualTo(2);
        assertThat(only(twice, FrameIncrements.Basis.POPULATION).reason())
                .startsWith("+2: dân số vượt 1,0 lần quy mô chuẩn / population exceeds the standard by 1.0×");
        FrameIncrements at = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), 10_000L, 10.0);
        assertThat(at.total()).isZero();
        assertThat(at.frame()).isEqualTo(20);
        assertThat(Decree33Increments.populationSteps(14_999, 10_000, 2)).isZero();
        assertThat(Decree33Increments.populationSteps(15_000, 10_000, 2)).isEqualTo(1);
    }

    @Test
    void wardsGainOneCivilServantPerFullThirdOfTheStandardPopulationExceeded() {
        // phường class II (max 21), population 1.7×: 0.7 / (1/3) = 2.1 → two full steps
        FrameIncrements result = increments(UnitType.WARD, "II", BEFORE_REFORM,
                standard(UnitType.WARD, 15_000L, 5.5), 25_500L, 5.0);
        FrameIncrements.Increment population = only(result, FrameIncrements.Basis.POPULATION);
        assertThat(population.normId()).isEqualTo("ND33-INC-POP-WARD");
        assertThat(population.step()).isEqualTo("1/3");
        assertThat(population.count()).isEqualTo(2);
        assertThat(result.baseFrame()).isEqualTo(21);
        assertThat(result.frame()).isEqualTo(23);
    }

    @Test
    void oneMorePerFullHundredPercentOfTheStandardAreaExceeded() {
        // area 2.3× the standard: one full 100% exceeded
        FrameIncrements result = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), 9_000L, 46.0);
        FrameIncrements.Increment area = only(result, FrameIncrements.Basis.AREA);
        assertThat(area.normId()).isEqualTo("ND33-INC-AREA");
        assertThat(area.count()).isEqualTo(1);
        assertThat(area.reason()).startsWith("+1: diện tích vượt 1,3 lần diện tích chuẩn");
        assertThat(only(result, FrameIncrements.Basis.POPULATION).count()).isZero();
        assertThat(result.frame()).isEqualTo(21);
        assertThat(Decree33Increments.areaSteps(40.0, 20.0)).isEqualTo(1);
        assertThat(Decree33Increments.areaSteps(39.99, 20.0)).isZero();
        assertThat(Decree33Increments.areaSteps(60.0, 20.0)).isEqualTo(2);
    }

    @Test
    void populationAndAreaIncrementsAddUp() {
        FrameIncrements result = increments(UnitType.COMMUNE, "I", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), 21_000L, 61.0);
        assertThat(result.baseFrame()).isEqualTo(22);
        assertThat(result.total()).isEqualTo(2 + 2);
        assertThat(result.frame()).isEqualTo(26);
    }

    @Test
    void anUnknownStandardAddsNothingAndSaysSo() {
        FrameIncrements result = increments(UnitType.COMMUNE, "II", BEFORE_REFORM, null, 16_000L, 46.0);
        assertThat(result.total()).isZero();
        assertThat(result.frame()).isEqualTo(20);
        assertThat(result.incrementsKnown()).isFalse();
        assertThat(result.missingInputs()).containsExactly(FrameIncrements.AREA_STANDARD,
                FrameIncrements.POPULATION_STANDARD);
        assertThat(result.increments()).allSatisfy(i -> assertThat(i.known()).isFalse())
                .allSatisfy(i -> assertThat(i.count()).isZero());
        assertThat(result.explanation()).contains("POPULATION_STANDARD");
    }

    @Test
    void anUnknownPopulationOrAreaCountsOnlyWhatIsKnownAndSaysWhatIsMissing() {
        FrameIncrements noPopulation = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, 20.0), null, 46.0);
        assertThat(noPopulation.total()).isEqualTo(1);
        assertThat(noPopulation.incrementsKnown()).isFalse();
        assertThat(noPopulation.missingInputs()).containsExactly(FrameIncrements.UNIT_POPULATION);

        FrameIncrements noAreaStandard = increments(UnitType.COMMUNE, "II", BEFORE_REFORM,
                standard(UnitType.COMMUNE, 10_000L, null), 16_000L, null);
        assertThat(noAreaStandard.total()).isEqualTo(1);
        assertThat(noAreaStandard.missingInputs()).containsExactly(FrameIncrements.AREA_STANDARD,
                FrameIncrements.UNIT_AREA);
    }

    @Test
    void theTwoTierFrameTakesNoDecree33Increment() {
        assertThat(increments(UnitType.COMMUNE, null, LocalDate.of(2025, 8, 1),
                standard(UnitType.COMMUNE, 10_000L, 20.0), 40_000L, 100.0)).isNull();
    }

    @Test
    void ratiosAreShownTruncatedSoTheyNeverSuggestAStepNotTaken() {
        assertThat(Decree33Increments.en(0.6)).isEqualTo("0.6");
        assertThat(Decree33Increments.en(1.0)).isEqualTo("1.0");
        assertThat(Decree33Increments.en(0.999)).isEqualTo("0.99");
    }
}
