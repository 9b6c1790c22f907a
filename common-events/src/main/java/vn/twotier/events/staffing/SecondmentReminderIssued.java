package vn.twotier.events.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * The secondment ends in {@code daysBefore} days (60 or 30): the sending unit must prepare the person's return.
 * Ids only, never personal data. Key: the request id.
 */
@EventType(value = "vn.twotier.staffing.secondment.reminder-issued.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentReminderIssued(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        int daysBefore,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
