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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
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
 * {@code default-notification-rules.json} as version 1. While nobody has edited the rules, a newer release's
 * defaults become the next version at start-up; once an operator has, their rules are left alone. Reads are cached
 * briefly, since every event asks.
 */
@Component
public class RuleBook implements SmartInitializingSingleton {

    static final String SYSTEM = "system";
    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

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

    /** Before the listeners start: store the shipped defaults if they are new and the rules were never edited. */
    @Override
    public void afterSingletonsInstantiated() {
        RuleSet latest = latest().orElse(null);
        if (latest == null) {
            current();
            return;
        }
        List<NotificationRule> defaults = defaults();
        if (latest.rules().equals(defaults)) {
            return;
        }
        if (!SYSTEM.equals(latest.createdBy())) {
            log.info("Rules were edited (version {} by {}); newer shipped defaults are not applied", latest.version(),
                    latest.createdBy());
            return;
        }
        try {
            mongo.insert(new RuleSet(latest.version() + 1, defaults, clock.instant(), SYSTEM,
                    "Defaults of this release of the service"));
        } catch (DuplicateKeyException e) {
            // another instance upgraded them first
        }
        cached = null;
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
        if (SYSTEM.equalsIgnoreCase(author)) {
            throw new IllegalArgumentException("'" + SYSTEM + "' is reserved for the rules the service ships.");
        }
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

    private List<NotificationRule> defaults() {
        List<NotificationRule> defaults;
        try (InputStream in = new ClassPathResource("default-notification-rules.json").getInputStream()) {
            defaults = json.readValue(in, new TypeReference<List<NotificationRule>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        validator.validate(defaults);
        return defaults;
    }

    private RuleSet seedDefaults() {
        RuleSet first = new RuleSet(1, defaults(), clock.instant(), SYSTEM, "Default rules shipped with the service");
        try {
            mongo.insert(first);
        } catch (DuplicateKeyException e) {
            return latest().orElseThrow(); // another instance seeded them first
        }
        return first;
    }
}
