package vn.twotier.notification.fanout;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.events.staffing.UnitStaffingGapChanged;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.Conditions;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/**
 * A unit's staffing figures changed. Most changes are noise to people; the conditions let rules pick the ones that
 * matter, such as a unit falling into shortage.
 */
@Component
class GapChangedHandler implements EventHandler<UnitStaffingGapChanged> {

    private final FanOut fanOut;
    private final EventWording wording;

    GapChangedHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<UnitStaffingGapChanged> event) {
        UnitStaffingGapChanged data = event.data();
        fanOut.apply(event, new EventFacts(data.provinceCode(), null, List.of(data.unitCode()), conditions(data),
                "gap-changed", () -> values(data)));
    }

    private Map<String, Object> values(UnitStaffingGapChanged data) {
        return Values.with("unitName", wording.unitName(data.unitCode()))
                .and("provinceName", wording.provinceName(data.provinceCode())).and("asOf", data.asOf())
                .and("actual", data.actual()).and("frame", data.frame()).and("regime", data.normRegime())
                .and("surplus", data.surplus()).and("status", wording.word("gap-status." + data.status()))
                .and("previousStatus", wording.word("gap-status." + data.previousStatus()))
                .and("incoming", data.incomingSecondees()).and("outgoing", data.outgoingSecondees())
                .and("missingSpecialties", data.missingSpecialties().isEmpty() ? null
                        : String.join(", ", data.missingSpecialties())).asMap();
    }

    static Set<String> conditions(UnitStaffingGapChanged data) {
        Set<String> conditions = new HashSet<>();
        if (data.status() == GapStatus.SHORT && data.previousStatus() != GapStatus.SHORT) {
            conditions.add(Conditions.ENTERED_SHORT);
        }
        if (data.status() != GapStatus.SHORT && data.previousStatus() == GapStatus.SHORT) {
            conditions.add(Conditions.LEFT_SHORT);
        }
        if (data.status() == GapStatus.SURPLUS && data.previousStatus() != GapStatus.SURPLUS) {
            conditions.add(Conditions.ENTERED_SURPLUS);
        }
        return conditions;
    }
}
