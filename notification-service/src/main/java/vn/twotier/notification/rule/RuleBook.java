package vn.twotier.notification.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.twotier.support.web.ConflictException;

/**
 * The rules in force: the newest stored {@link RuleSet}. The first start stores the defaults shipped in
 * {@code default-notification-rules.json} as version 1. Reads are cached briefly, since every event asks.
 */
@Component
public class RuleBook {

    private static final Duration CACHE = Duration.ofSeconds(2);

    private final MongoTemplate mongo;
    private final RuleValidator validator;
    private final JsonMapper json;
    private final Clock clock;
    private volatile @Nullable RuleSet cached;
    private volatile Instant cachedAt = Instant.MIN;

    public RuleBook(MongoTemplate mongo, RuleValidator validator, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.validator = validator;
        this.json = json;
        this.clock = clock;
    }

    public RuleSet current() {
        RuleSet rules = cached;
        Instant now = Instant.now(); // a cache age, not a domain time: the controllable clock does not apply
        if (rules == null || now.isAfter(cachedAt.plus(CACHE))) {
            rules = latest().orElseGet(this::seedDefaults);
            cached = rules;
            cachedAt = now;
        }
        return rules;
    }

    public List<NotificationRule> rulesFor(String eventType) {
        return current().rulesFor(eventType);
    }

    public Optional<RuleSet> version(long version) {
        return Optional.ofNullable(mongo.findById(version, RuleSet.class));
    }

    public List<RuleSet> history() {
        return mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "_id")), RuleSet.class);
    }

    /** Stores {@code rules} as the version after {@code basedOn}; a stale {@code basedOn} is a conflict. */
    public RuleSet replace(long basedOn, List<NotificationRule> rules, String author, @Nullable String comment) {
        validator.validate(rules);
        long latest = current().version();
        if (basedOn != latest) {
            throw new ConflictException("stale-rules", "The rules are at version " + latest + ", not " + basedOn
                    + "; reload them and apply your change again.");
        }
        RuleSet next = new RuleSet(latest + 1, rules, clock.instant(), author, comment);
        try {
            mongo.insert(next);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("stale-rules", "Someone else stored version " + next.version()
                    + " a moment ago; reload the rules and apply your change again.");
        }
        cached = next;
        cachedAt = Instant.now();
        return next;
    }

    private Optional<RuleSet> latest() {
        return Optional.ofNullable(mongo.findOne(new Query().with(Sort.by(Sort.Direction.DESC, "_id")).limit(1),
                RuleSet.class));
    }

    private RuleSet seedDefaults() {
        List<NotificationRule> defaults;
        try (InputStream in = new ClassPathResource("default-notification-rules.json").getInputStream()) {
            defaults = json.readValue(in, new TypeReference<List<NotificationRule>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validator.validate(defaults);
        RuleSet first = new RuleSet(1, defaults, clock.instant(), "system", "Default rules shipped with the service");
        try {
            mongo.insert(first);
        } catch (DuplicateKeyException e) {
            return latest().orElseThrow(); // another instance seeded them first
        }
        return first;
    }
}
