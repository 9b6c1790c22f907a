package vn.twotier.staffing.secondment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.redistribution.RedistributionPlan;
import vn.twotier.staffing.redistribution.RedistributionPlanner;
import vn.twotier.staffing.secondment.request.RequestCommands;

/**
 * Pre-filled nominations for a campaign: the moves of the redistribution proposal (min-cost flow over the gap
 * matrix) whose sending and receiving units take part in the campaign.
 */
@Component
public class Suggestions {

    /** One suggested nomination with the planner's reasons (Vietnamese). */
    public record Suggestion(String personId, String sendingUnitCode, String receivingUnitCode, String specialty,
            String positionCode, List<String> reasonCodes, String reason) {

        public RequestCommands.Nominate toNomination(String campaignId, LocalDate start, LocalDate end,
                String actor) {
            return new RequestCommands.Nominate(campaignId, null, SecondmentType.SECONDMENT, personId,
                    sendingUnitCode, receivingUnitCode, start, end, null, null, actor,
                    "Gợi ý từ phương án điều chuyển / suggested by the redistribution proposal: " + reason);
        }
    }

    private final RedistributionPlanner planner;
    private final Clock clock;

    Suggestions(RedistributionPlanner planner, Clock clock) {
        this.planner = planner;
        this.clock = clock;
    }

    public List<Suggestion> of(SecondmentCampaign campaign) {
        RedistributionPlan plan = planner.plan(campaign.getProvinceCode(), LocalDate.now(clock));
        return plan.plan().stream()
                .filter(move -> campaign.sends(move.fromUnit()) && campaign.receives(move.toUnit()))
                .map(move -> new Suggestion(move.personId(), move.fromUnit(), move.toUnit(), move.specialty(),
                        move.positionCode(), move.reasonCodes(), move.reason()))
                .toList();
    }
}
