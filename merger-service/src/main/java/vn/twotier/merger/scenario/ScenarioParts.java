package vn.twotier.merger.scenario;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.query.RegisterQueries;

/** The register's versions of a scenario's parts, as they stood the day before it takes effect. */
@Component
public class ScenarioParts {

    private final MongoTemplate mongo;

    public ScenarioParts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, UnitVersion> of(Scenario scenario) {
        LocalDate dayBefore = scenario.getEffectiveDate().minusDays(1);
        Set<String> codes = new HashSet<>();
        scenario.getUnits().forEach(unit -> unit.parts().forEach(part -> codes.add(part.unitCode())));
        Map<String, UnitVersion> found = new HashMap<>();
        mongo.find(Query.query(new Criteria().andOperator(Criteria.where("code").in(codes),
                RegisterQueries.validOn(dayBefore))), UnitVersion.class)
                .forEach(unit -> found.put(unit.getCode(), unit));
        return found;
    }
}
