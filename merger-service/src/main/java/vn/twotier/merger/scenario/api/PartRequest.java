package vn.twotier.merger.scenario.api;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import vn.twotier.events.merger.MergeShare;

/** An existing unit, whole or partly, going into a proposed unit. */
public record PartRequest(
        @NotBlank @Pattern(regexp = "\\d{1,10}") String unitCode,
        @NotNull MergeShare share,
        @Nullable @Positive @DecimalMax("1.0") Double fraction) {
}
