package vn.twotier.events.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * The secondment was extended to {@code endDate} (from {@code previousEndDate}); {@code exceptionLegalBasis} is
 * set when the 3-year cap is exceeded under a sector exception. Ids only, never personal data. Key: the request
 * id.
 */
@EventType(value = "vn.twotier.staffing.secondment.extended.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentExtended(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        LocalDate previousEndDate,
        String decisionNumber,
        LocalDate decisionDate,
        @Nullable String exceptionLegalBasis,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
