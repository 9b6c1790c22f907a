package vn.twotier.merger.register;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxRelay;

/**
 * The one way unit versions enter the register, used by history imports and by scenarios taking effect alike.
 * Compares the wanted states with what is stored, writes only differences (in bulk, province by province), each
 * changed version with its own events, then one {@code RegisterImported} per province that changed. Writing the
 * same states twice changes and emits nothing.
 */
@Component
public class RegisterWriter {

    private static final int CHUNK = 1000;

    private final MongoTemplate mongo;
    private final AggregateWriter aggregates;
    private final UnitLookup lookup;
    private final OutboxRelay relay;
    private final Clock clock;

    public RegisterWriter(MongoTemplate mongo, AggregateWriter aggregates, UnitLookup lookup, OutboxRelay relay,
            Clock clock) {
        this.mongo = mongo;
        this.lookup = lookup;
        this.aggregates = aggregates;
        this.relay = relay;
        this.clock = clock;
    }

    /** Who is writing: the import or scenario id (also the {@code RegisterImported} import id), file and actor. */
    public record Source(String changeId, String kind, @org.jspecify.annotations.Nullable String fileName, String actor) {

        String label() {
            return kind + ":" + changeId;
        }
    }

    /**
     * Writes the states; {@code progress} hears of each province as soon as it is written.
     * @param provinceNames names for the {@code RegisterImported} events, by province code
     */
    public List<ProvinceCounts> write(List<UnitState> states, Map<String, String> provinceNames, Source source,
            Consumer<ProvinceCounts> progress) {
        Map<String, List<UnitState>> byProvince = new TreeMap<>();
        states.forEach(state -> byProvince.computeIfAbsent(state.provinceCode(), key -> new ArrayList<>()).add(state));
        List<ProvinceCounts> result = new ArrayList<>();
        for (Map.Entry<String, List<UnitState>> province : byProvince.entrySet()) {
            String name = provinceNames.getOrDefault(province.getKey(), province.getKey());
            ProvinceCounts counts = writeProvince(province.getKey(), name, province.getValue(), source);
            result.add(counts);
            progress.accept(counts);
        }
        relay.nudge();
        return result;
    }

    private ProvinceCounts writeProvince(String provinceCode, String provinceName, List<UnitState> states,
            Source source) {
        Instant now = clock.instant();
        Map<String, UnitVersion> existing = load(states.stream().map(UnitState::id).toList());
        List<UnitVersion> inserts = new ArrayList<>();
        List<UnitVersion> updates = new ArrayList<>();
        int registered = 0;
        int retired = 0;
        int unchanged = 0;
        for (UnitState state : states) {
            UnitVersion unit = existing.get(state.id());
            if (unit == null) {
                UnitVersion created = UnitVersion.register(state, source.label(), now);
                inserts.add(created);
                registered++;
                retired += created.getValidTo() != null ? 1 : 0;
                continue;
            }
            UnitVersion.Change change = unit.update(state, source.label(), now);
            if (!change.any()) {
                unchanged++;
                continue;
            }
            updates.add(unit);
            registered += change.registered() ? 1 : 0;
            retired += change.retired() ? 1 : 0;
        }
        lookup.rememberStartDates(inserts.stream().map(UnitVersion::getValidFrom).toList());
        for (int from = 0; from < inserts.size(); from += CHUNK) {
            mongo.insert(inserts.subList(from, Math.min(from + CHUNK, inserts.size())), UnitVersion.class);
        }
        for (int from = 0; from < updates.size(); from += CHUNK) {
            aggregates.updateAll(updates.subList(from, Math.min(from + CHUNK, updates.size())), UnitVersion.class);
        }
        ProvinceCounts counts = new ProvinceCounts(provinceCode, provinceName, registered, retired, unchanged);
        if (counts.changedAnything()) {
            mongo.insert(ProvinceChange.of(source.changeId(), counts, source.fileName(), source.actor(), now));
        }
        return counts;
    }

    private Map<String, UnitVersion> load(List<String> ids) {
        Map<String, UnitVersion> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<String> chunk = ids.subList(from, Math.min(from + CHUNK, ids.size()));
            mongo.find(Query.query(Criteria.where("_id").in(chunk)), UnitVersion.class)
                    .forEach(unit -> found.put(unit.getId(), unit));
        }
        return found;
    }
}
