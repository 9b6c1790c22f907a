package vn.twotier.staffing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.twotier.staffing.gap.UnitGapState;
import vn.twotier.staffing.projection.ScenarioProjection;
import vn.twotier.staffing.roster.RosterImport;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.support.outbox.OutboxCollections;

@Configuration(proxyBeanMethods = false)
class StaffingConfiguration {

    /** Aggregates whose documents carry pending events for the relay. */
    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(RosterImport.class, UnitGapState.class, ScenarioProjection.class,
                SecondmentRequest.class, SecondmentCampaign.class);
    }
}
