package vn.twotier.staffing.secondment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.gap.UnitGap;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;
import vn.twotier.staffing.secondment.rules.RuleFinding;
import vn.twotier.staffing.secondment.rules.RuleFinding.Severity;
import vn.twotier.staffing.secondment.rules.SecondmentRules;
import vn.twotier.staffing.secondment.rules.SecondmentRules.HeldPeriod;

/** The secondment rules, one test per rule, read as the regulation. */
class SecondmentRulesTest {

    private static final LocalDate START = LocalDate.of(2025, 9, 1);


    @Test
    void period_atMostThreeYears_exactlyThreeYearsIsAllowed() {
        assertThat(SecondmentRules.period(SecondmentType.SECONDMENT, START, START.plusYears(3), null)).isEmpty();
    }

    @Test
    void period_atMostThreeYears_longerIsRefusedNamingDecree138AndArt36() {
        RuleFinding finding = SecondmentRules.period(SecondmentType.SECONDMENT, START,
                START.plusYears(3).plusDays(1), null).orElseThrow();
        assertThat(finding.rule()).isEqualTo("MAX_PERIOD_3_YEARS");
        assertThat(finding.severity()).isEqualTo(Severity.REFUSAL);
        assertThat(finding.legalBasis()).contains("138/2020/NĐ-CP").contains("Điều 36");
        assertThat(finding.messageVi()).contains("không quá 03 năm");
    }

    @Test
    void period_atMostThreeYears_unlessASectorExceptionWithItsLegalBasisIsRecorded() {
        assertThat(SecondmentRules.period(SecondmentType.SECONDMENT, START, START.plusYears(5),
                "Luật chuyên ngành X, Điều 10")).isEmpty();
    }

    @Test
    void period_aSecondmentHasAnEndDate_aTransferNeedsNone() {
        assertThat(SecondmentRules.period(SecondmentType.SECONDMENT, START, null, null)).get()
                .extracting(RuleFinding::rule).isEqualTo("END_DATE_REQUIRED");
        assertThat(SecondmentRules.period(SecondmentType.TRANSFER, START, null, null)).isEmpty();
    }

    @Test
    void period_endComesAfterStart() {
        assertThat(SecondmentRules.period(SecondmentType.SECONDMENT, START, START, null)).get()
                .extracting(RuleFinding::rule).isEqualTo("END_AFTER_START");
    }


    @Test
    void extension_withinThreeYearsOfTheStartIsAllowed() {
        assertThat(SecondmentRules.extension(START, START.plusYears(1), START.plusYears(3), null)).isEmpty();
    }

    @Test
    void extension_beyondThreeYearsIsRefusedUnlessASectorExceptionIsRecorded() {
        assertThat(SecondmentRules.extension(START, START.plusYears(2), START.plusYears(4), null)).get()
                .extracting(RuleFinding::rule).isEqualTo("EXTENSION_WITHIN_3_YEARS");
        assertThat(SecondmentRules.extension(START, START.plusYears(2), START.plusYears(4),
                "Nghị định chuyên ngành Y")).isEmpty();
    }


    @Test
    void maternity_aPregnantPublicEmployeeIsNotSeconded_Art36() {
        RuleFinding finding = SecondmentRules.maternity(SecondmentType.SECONDMENT,
                person(StaffCategory.PUBLIC_EMPLOYEE, true, false)).orElseThrow();
        assertThat(finding.rule()).isEqualTo("NO_SECONDMENT_PREGNANT_OR_CHILD_UNDER_36_MONTHS");
        assertThat(finding.refusal()).isTrue();
        assertThat(finding.legalBasis()).contains("Luật Viên chức").contains("Điều 36");
    }

    @Test
    void maternity_aWomanPublicEmployeeRaisingAChildUnder36MonthsIsNotSeconded() {
        assertThat(SecondmentRules.maternity(SecondmentType.SECONDMENT,
                person(StaffCategory.PUBLIC_EMPLOYEE, false, true))).get().extracting(RuleFinding::refusal)
                .isEqualTo(true);
    }

    @Test
    void maternity_forACivilServantOnlyAWarningToBeConfirmed() {
        RuleFinding finding = SecondmentRules.maternity(SecondmentType.SECONDMENT,
                person(StaffCategory.CIVIL_SERVANT, true, false)).orElseThrow();
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.messageEn()).contains("to be confirmed");
    }

    @Test
    void maternity_aTransferIsNotConcerned() {
        assertThat(SecondmentRules.maternity(SecondmentType.TRANSFER,
                person(StaffCategory.PUBLIC_EMPLOYEE, true, false))).isEmpty();
    }


    @Test
    void receivingUnitShort_aUnitShortInThePersonsSpecialtyReceives() {
        assertThat(SecondmentRules.receivingUnitShort("X1", gap(30, 32, "LAND", 2, 1, "KT_DIACHINH", 2, 2),
                person(StaffCategory.CIVIL_SERVANT, false, false))).isEmpty();
    }

    @Test
    void receivingUnitShort_aUnitShortInThePersonsPositionReceives() {
        assertThat(SecondmentRules.receivingUnitShort("X1", gap(30, 32, "LAND", 2, 2, "KT_DIACHINH", 2, 1),
                person(StaffCategory.CIVIL_SERVANT, false, false))).isEmpty();
    }

    @Test
    void receivingUnitShort_aUnitShortInNeitherIsRefused() {
        RuleFinding finding = SecondmentRules.receivingUnitShort("X1", gap(30, 32, "LAND", 2, 2, "KT_DIACHINH",
                2, 2), person(StaffCategory.CIVIL_SERVANT, false, false)).orElseThrow();
        assertThat(finding.rule()).isEqualTo("RECEIVING_UNIT_SHORT_IN_SPECIALTY_OR_POSITION");
        assertThat(finding.legalBasis()).contains("07-KL/TU");
    }

    @Test
    void receivingUnitShort_netOfRequestsAlreadyAppraisedOrApprovedForIt() {
        UnitGap shortTwo = gap(30, 32, "LAND", 2, 0, "KT_DIACHINH", 2, 0);
        PersonFacts person = person(StaffCategory.CIVIL_SERVANT, false, false);
        assertThat(SecondmentRules.receivingUnitShort("X1", shortTwo, person, 1, 1)).isEmpty();
        assertThat(SecondmentRules.receivingUnitShort("X1", shortTwo, person, 2, 2)).get()
                .extracting(RuleFinding::rule).isEqualTo("RECEIVING_UNIT_SHORT_IN_SPECIALTY_OR_POSITION");
    }

    @Test
    void receivingUnitShort_aUnitWithoutStaffingDataIsNotShownShort() {
        assertThat(SecondmentRules.receivingUnitShort("X1", null,
                person(StaffCategory.CIVIL_SERVANT, false, false))).get().extracting(RuleFinding::refusal)
                .isEqualTo(true);
    }


    @Test
    void sendingUnitBelowNorm_sendingFromAUnitAtItsFrameWarns() {
        RuleFinding finding = SecondmentRules.sendingUnitBelowNorm(gap(32, 32, "LAND", 2, 2, "KT_DIACHINH", 2,
                2)).orElseThrow();
        assertThat(finding.rule()).isEqualTo("SENDING_UNIT_BELOW_NORM");
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void sendingUnitBelowNorm_sendingFromAUnitInSurplusDoesNot() {
        assertThat(SecondmentRules.sendingUnitBelowNorm(gap(34, 32, "LAND", 2, 2, "KT_DIACHINH", 2, 2)))
                .isEmpty();
    }


    @Test
    void oneActiveSecondment_aPersonAlreadySecondedCannotBeNominatedAgain() {
        assertThat(SecondmentRules.oneActiveSecondment(START.plusYears(2), START.plusYears(3),
                List.of(new HeldPeriod("R1", START, START.plusYears(1), true)))).get()
                .extracting(RuleFinding::rule).isEqualTo("ONE_ACTIVE_SECONDMENT_NO_OVERLAP");
    }

    @Test
    void oneActiveSecondment_twoPendingRequestsMayNotOverlap() {
        assertThat(SecondmentRules.oneActiveSecondment(START.plusMonths(6), START.plusYears(2),
                List.of(new HeldPeriod("R1", START, START.plusYears(1), false)))).isPresent();
    }

    @Test
    void oneActiveSecondment_separatePeriodsMayCoexist() {
        assertThat(SecondmentRules.oneActiveSecondment(START.plusYears(1).plusDays(1), START.plusYears(2),
                List.of(new HeldPeriod("R1", START, START.plusYears(1), false)))).isEmpty();
    }

    private static PersonFacts person(StaffCategory category, boolean pregnant, boolean child) {
        return new PersonFacts("P-1", null, null, Gender.FEMALE, category, "KT_DIACHINH", "LAND", pregnant, child);
    }

    private static UnitGap gap(int actual, int frame, String specialty, int specialtyNorm, int specialtyActual,
            String position, int positionNorm, int positionActual) {
        return new UnitGap("X1", START, "Xã Thử", "COMMUNE", "99", START, "II", false, "CV09-GOV", "09/CV-BCĐ", frame,
                actual, 0, 0, actual - frame, actual < frame ? GapStatus.SHORT : GapStatus.SURPLUS, actual, actual, 80,
                false, null, null, List.of(),
                List.of(new UnitGap.PositionLine(position, position, "KT", specialty, positionNorm, positionActual,
                        positionActual - positionNorm)),
                List.of(new UnitGap.SpecialtyLine(specialty, specialty, specialtyNorm, specialtyActual,
                        specialtyActual - specialtyNorm)), null);
    }
}
