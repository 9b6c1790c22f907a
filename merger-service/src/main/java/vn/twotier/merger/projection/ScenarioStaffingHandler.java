package vn.twotier.merger.projection;

import java.time.Clock;

import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.events.staffing.ScenarioStaffingProjected;
import vn.twotier.support.consumer.EventHandler;

/**
 * Keeps the newest projection per scenario. Replacing only when the stored revision is not newer makes a
 * redelivery, or a late projection of an older revision, change nothing.
 */
@Component
public class ScenarioStaffingHandler implements EventHandler<ScenarioStaffingProjected> {

    private final MongoTemplate mongo;
    private final Clock clock;

    public ScenarioStaffingHandler(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void handle(ReceivedEvent<ScenarioStaffingProjected> event) {
        ScenarioStaffingProjected data = event.data();
        ScenarioStaffing staffing = new ScenarioStaffing(data.scenarioId(), data.provinceCode(), data.revision(),
                data.units(), data.totalStaff(), data.totalFrame(), data.totalSurplus(), event.metadata().id(),
                clock.instant());
        ScenarioStaffing stored = mongo.findById(data.scenarioId(), ScenarioStaffing.class);
        if (stored == null) {
            try {
                mongo.insert(staffing);
                return;
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                // another delivery inserted it first: fall through to the revision-checked replace
            }
        }
        mongo.findAndReplace(Query.query(Criteria.where("_id").is(data.scenarioId())
                .and("revision").lte(data.revision())), staffing, FindAndReplaceOptions.none());
    }
}
