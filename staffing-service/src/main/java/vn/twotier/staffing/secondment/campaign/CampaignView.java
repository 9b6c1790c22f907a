package vn.twotier.staffing.secondment.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** A campaign as the API shows it. */
public record CampaignView(String id, long version, String provinceCode, String title, String legalBasis,
        String status, List<SecondmentCampaign.Sender> senders, List<SecondmentCampaign.Receiver> receivers,
        List<String> prioritySpecialties, LocalDate nominationsDue, @Nullable LocalDate decisionsDue,
        LocalDate openedAsOf, List<SecondmentCampaign.Step> history, Instant createdAt, Instant updatedAt) {

    public static CampaignView of(SecondmentCampaign campaign) {
        return new CampaignView(campaign.getId(), campaign.getVersion() == null ? 0 : campaign.getVersion(),
                campaign.getProvinceCode(), campaign.getTitle(), campaign.getLegalBasis(),
                campaign.getStatus().name(), campaign.getSenders(), campaign.getReceivers(),
                campaign.getPrioritySpecialties(), campaign.getNominationsDue(), campaign.getDecisionsDue(),
                campaign.getOpenedAsOf(), campaign.getHistory(), campaign.getCreatedAt(), campaign.getUpdatedAt());
    }
}
