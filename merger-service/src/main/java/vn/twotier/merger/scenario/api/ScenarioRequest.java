package vn.twotier.merger.scenario.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** A scenario as drafted or revised; {@code version} (or If-Match) guards a revision against concurrent edits. */
public record ScenarioRequest(
        @NotBlank @Pattern(regexp = "\\d{2}") String provinceCode,
        @NotBlank String name,
        @NotNull LocalDate effectiveDate,
        @NotEmpty List<@Valid @NotNull UnitRequest> units,
        @Nullable Long version,
        @Nullable String reason) {
}
