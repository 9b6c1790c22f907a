package vn.twotier.staffing.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.twotier.events.merger.UnitType;

class NormFilesTest {

    @Test
    void periodsAreReadFromThePublishedTextAsWritten() {
        assertThat(NormFiles.date("2025-06-30 (superseded in practice by two-tier model)"))
                .isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(NormFiles.date("2025-08")).isEqualTo(LocalDate.of(2025, 8, 1));
        assertThat(NormFiles.date("~2030 (5-year transition)")).isNull();
        assertThat(NormFiles.date("5-year transition")).isNull();
    }

    @Test
    void everyShippedNormHasAScopeAndTheFramesAreThePublishedOnes() {
        List<StaffingNorm> norms = NormFiles.load();
        assertThat(norms).hasSize(17);
        assertThat(NormCatalog.applicable(norms, NormKind.FRAME, UnitType.WARD, "III", "01",
                LocalDate.of(2024, 1, 1))).get().extracting(StaffingNorm::maxCount).isEqualTo(19);
        assertThat(NormCatalog.applicable(norms, NormKind.FRAME, UnitType.SPECIAL_ZONE, null, "01",
                LocalDate.of(2025, 7, 1))).get().extracting(StaffingNorm::normId).isEqualTo("CV09-GOV");
        assertThat(NormCatalog.applicable(norms, NormKind.THRESHOLD, UnitType.COMMUNE, null, "40",
                LocalDate.of(2025, 9, 1))).get().extracting(StaffingNorm::maxCount).isEqualTo(80);
        assertThat(NormCatalog.applicable(norms, NormKind.THRESHOLD, UnitType.COMMUNE, null, "42",
                LocalDate.of(2025, 9, 1))).as("Conclusion 586 is Nghệ An's").isEmpty();
        // the same file gives the same fingerprints: a restart creates no new revision
        assertThat(NormFiles.load()).extracting(StaffingNorm::sourceHash)
                .isEqualTo(norms.stream().map(StaffingNorm::sourceHash).toList());
    }
}
