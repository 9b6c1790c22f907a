package vn.twotier.events.staffing;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A secondment campaign closed: no more nominations; requests already made go on. Key: campaign id. */
@EventType(value = "vn.twotier.staffing.secondment-campaign.closed.v1", topic = Topics.STAFFING_SECONDMENTS)
public record SecondmentCampaignClosed(
        String campaignId,
        String provinceCode,
        int requests,
        String actor,
        @Nullable String reason) implements DomainEvent {

    @Override
    public String aggregateId() {
        return campaignId;
    }
}
