package vn.twotier.staffing.secondment.campaign;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/** Bodies of the campaign endpoints. */
public final class CampaignCommands {

    private CampaignCommands() {
    }

    /**
     * Opens a campaign. Receivers default to the units short on the gap matrix; sending units are those listed plus,
     * when asked, units with ≥ 80 staff ({@code includeLargeUnits}, Conclusion 586-KL/TU) and units above their frame
     * ({@code includeSurplusUnits}, Conclusion 07-KL/TU), each to list its surplus.
     */
    public record Open(
            @NotBlank String provinceCode,
            @NotBlank String title,
            @NotBlank String legalBasis,
            @NotNull LocalDate nominationsDue,
            @Nullable LocalDate decisionsDue,
            @Nullable LocalDate asOf,
            @Valid @Nullable List<Agency> agencies,
            @Nullable List<String> sendingUnitCodes,
            @Nullable Boolean includeLargeUnits,
            @Nullable Boolean includeSurplusUnits,
            @Nullable List<String> receivingUnitCodes,
            @Nullable List<String> prioritySpecialties,
            @Nullable @Min(1) @Max(100) Integer minimumSharePercent,
            @NotBlank String actor) {
    }

    /** A provincial department sending people, with its number of civil servants (the quota base). */
    public record Agency(@NotBlank String code, @NotBlank String name, @Min(0) int civilServants) {
    }

    public record Close(@NotBlank String actor, @Nullable String reason) {
    }

    /** Nominates the campaign's suggestions (from the redistribution proposal) for one period. */
    public record NominateSuggestions(@NotNull LocalDate startDate, @Nullable LocalDate endDate,
            @NotBlank String actor) {
    }
}
