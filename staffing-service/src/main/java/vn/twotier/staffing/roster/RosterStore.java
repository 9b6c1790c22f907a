package vn.twotier.staffing.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.staffing.unit.UnitVersion;

/** Reads of unit rosters. */
@Component
public class RosterStore {

    private final MongoTemplate mongo;

    public RosterStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, UnitRoster> ofProvince(String provinceCode) {
        return mongo.find(Query.query(Criteria.where("provinceCode").is(provinceCode)), UnitRoster.class).stream()
                .collect(Collectors.toMap(UnitRoster::id, Function.identity()));
    }

    public Optional<UnitRoster> of(String unitCode, LocalDate validFrom) {
        return Optional.ofNullable(mongo.findById(UnitVersion.idOf(unitCode, validFrom), UnitRoster.class));
    }

    public List<StaffMember> staffOf(String unitCode, LocalDate validFrom) {
        return of(unitCode, validFrom).map(UnitRoster::staff).orElse(List.of());
    }
}
