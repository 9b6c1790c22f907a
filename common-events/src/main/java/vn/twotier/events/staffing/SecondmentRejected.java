package vn.twotier.events.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** The competent authority rejected the request by a decision. Ids only, never personal data. Key: the request id. */
@EventType(value = "vn.twotier.staffing.secondment.rejected.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentRejected(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String decisionNumber,
        LocalDate decisionDate,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
