package vn.twotier.merger.scenario.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.UnitType;

/** A proposed unit: its code, name and type, the existing units it is made of, and a legal basis if any. */
public record UnitRequest(
        @NotBlank @Pattern(regexp = "\\d{1,10}") String code,
        @NotBlank String name,
        @NotNull UnitType type,
        @NotEmpty List<@Valid @NotNull PartRequest> parts,
        @Nullable @Positive Double areaKm2,
        @Nullable String basis) {
}
