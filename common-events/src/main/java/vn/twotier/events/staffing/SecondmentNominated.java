package vn.twotier.events.staffing;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * The sending unit nominated a person for a secondment or transfer (biệt phái / điều động). Ids only, never
 * personal data. Key: the request id.
 */
@EventType(value = "vn.twotier.staffing.secondment.nominated.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentNominated(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String specialtyCode,
        String positionCode,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
