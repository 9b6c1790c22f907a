package vn.twotier.events.staffing;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * A secondment campaign opened (e.g. under Kết luận 07-KL/TU): who sends, who receives, deadlines. Key: campaign
 * id.
 */
@EventType(value = "vn.twotier.staffing.secondment-campaign.opened.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentCampaignOpened(
        String campaignId,
        String provinceCode,
        String legalBasis,
        List<String> sendingUnitCodes,
        List<String> receivingUnitCodes,
        List<String> prioritySpecialties,
        LocalDate nominationsDue,
        @Nullable LocalDate decisionsDue,
        String actor) implements DomainEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}
