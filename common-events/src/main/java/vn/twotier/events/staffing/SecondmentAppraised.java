package vn.twotier.events.staffing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * The request passed appraisal against the receiving unit's vacant positions; {@code warnings} are rule codes
 * noted, not refused. Ids only, never personal data. Key: the request id.
 */
@EventType(value = "vn.twotier.staffing.secondment.appraised.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentAppraised(
        String requestId,
        @Nullable String campaignId,
        String provinceCode,
        SecondmentType requestType,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        boolean receivingUnitShort,
        List<String> warnings,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return requestId;
    }
}
