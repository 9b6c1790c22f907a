package vn.twotier.events.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * The person started work at the receiving unit: they count there operationally, the payroll stays home (a
 * transfer moves both). Ids only, never personal data. Key: the request id.
 */
@EventType(value = "vn.twotier.staffing.secondment.started.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentStarted(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
