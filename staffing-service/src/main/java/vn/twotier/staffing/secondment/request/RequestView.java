package vn.twotier.staffing.secondment.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.SecondmentEndReason;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.secondment.rules.RuleFinding;

/** A request as the API shows it, with its audit trail; {@code version} is what the next step must send back. */
public record RequestView(String id, long version, @Nullable String campaignId, String provinceCode,
        SecondmentType type, String typeVi, RequestStatus status, String statusVi, String personId,
        String specialtyCode, String positionCode, String category, String sendingUnitCode, boolean sendingIsUnit,
        String receivingUnitCode, LocalDate startDate, @Nullable LocalDate endDate, @Nullable String sectorException,
        @Nullable String decisionNumber, @Nullable LocalDate decisionDate, @Nullable LocalDate endedOn,
        @Nullable SecondmentEndReason endReason, List<RuleFinding> warnings, List<Integer> remindersIssued,
        List<Transition> history, Instant createdAt, Instant updatedAt) {

    public static RequestView of(SecondmentRequest request) {
        return new RequestView(request.getId(), request.getVersion() == null ? 0 : request.getVersion(),
                request.getCampaignId(), request.getProvinceCode(), request.getType(),
                request.getType() == SecondmentType.SECONDMENT ? "Biệt phái" : "Điều động", request.getStatus(),
                request.getStatus().vietnamese(), request.getPersonId(), request.getPerson().specialtyCode(),
                request.getPerson().positionCode(), request.getPerson().category().name(),
                request.getSendingUnitCode(), request.isSendingIsUnit(), request.getReceivingUnitCode(),
                request.getStartDate(), request.getEndDate(), request.getSectorException(),
                request.getDecisionNumber(), request.getDecisionDate(), request.getEndedOn(), request.getEndReason(),
                request.getWarnings(), request.getRemindersIssued(), request.getHistory(), request.getCreatedAt(),
                request.getUpdatedAt());
    }
}
