package vn.twotier.notification.fanout;

import java.util.Set;

import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.events.staffing.ScenarioStaffingProjected;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/** Staffing projected onto a scenario; notifies if a rule asks for projections. */
@Component
class ProjectionHandler implements EventHandler<ScenarioStaffingProjected> {

    private final FanOut fanOut;
    private final EventWording wording;

    ProjectionHandler(FanOut fanOut, EventWording wording) {
        this.fanOut = fanOut;
        this.wording = wording;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioStaffingProjected> event) {
        ScenarioStaffingProjected data = event.data();
        Values values = Values.with("scenarioName", wording.scenarioName(data.scenarioId()))
                .and("revision", data.revision()).and("provinceName", wording.provinceName(data.provinceCode()))
                .and("totalStaff", data.totalStaff()).and("totalFrame", data.totalFrame())
                .and("totalSurplus", data.totalSurplus());
        fanOut.apply(event, new EventFacts(data.provinceCode(), null,
                data.units().stream().map(ProjectedUnitStaffing::unitCode).toList(), Set.of(), "projection",
                values.asMap()));
    }
}
