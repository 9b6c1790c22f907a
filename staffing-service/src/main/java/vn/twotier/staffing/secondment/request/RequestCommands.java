package vn.twotier.staffing.secondment.request;

import java.time.LocalDate;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;

/** Bodies of the request endpoints. {@code expectedVersion} (or If-Match) guards against stale edits. */
public final class RequestCommands {

    private RequestCommands() {
    }

    /**
     * A nomination. The person's facts come from the sending unit's roster; a sending department (no roster here)
     * gives them in {@code person}.
     */
    public record Nominate(
            @Nullable String campaignId,
            @Nullable String provinceCode,
            @Nullable SecondmentType type,
            @NotBlank String personId,
            @NotBlank String sendingUnitCode,
            @NotBlank String receivingUnitCode,
            @NotNull LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String sectorException,
            @Valid @Nullable PersonInput person,
            @NotBlank String actor,
            @Nullable String reason) {
    }

    /** Facts of a person not on any roster here (e.g. a provincial department's civil servant). */
    public record PersonInput(
            @Nullable String fullName,
            @Nullable LocalDate birthDate,
            @NotNull Gender gender,
            @NotNull StaffCategory category,
            @NotBlank String positionCode,
            @NotBlank String specialtyCode,
            @Nullable Boolean pregnant,
            @Nullable Boolean childUnder36Months) {
    }

    public record Step(@NotBlank String actor, @Nullable String reason, @Nullable Long expectedVersion) {
    }

    public enum Outcome {
        APPROVE,
        REJECT
    }

    public record Decide(@NotNull Outcome outcome, @NotBlank String decisionNumber, @NotNull LocalDate decisionDate,
            @NotBlank String actor, @Nullable String reason, @Nullable Long expectedVersion) {
    }

    public record Start(@Nullable LocalDate startedOn, @NotBlank String actor, @Nullable String reason,
            @Nullable Long expectedVersion) {
    }

    public record Extend(@NotNull LocalDate newEndDate, @NotBlank String decisionNumber,
            @NotNull LocalDate decisionDate, @Nullable String sectorException, @NotBlank String actor,
            @Nullable String reason, @Nullable Long expectedVersion) {
    }

    /** Ends a started secondment early; {@code returned} when the sending agency takes the person back. */
    public record End(@Nullable LocalDate endedOn, @Nullable Boolean returned, @NotBlank String actor, @Nullable String reason,
            @Nullable Long expectedVersion) {
    }
}
