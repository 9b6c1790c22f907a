package vn.twotier.notification.email;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.DeliveryException;
import vn.twotier.notification.delivery.DeliveryStatus;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.message.MessageTemplates;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.recipient.RecipientDirectory;
import vn.twotier.support.outbox.AggregateWriter;

/**
 * Recipients who chose a digest get one e-mail listing everything since the last one instead of one e-mail each.
 * Each notification is claimed before sending and marked delivered after, so two instances never both include it;
 * a crash between sending and marking may send it once more in the next digest (e-mail is at-least-once).
 */
@Component
public class Digests {

    private static final Logger log = LoggerFactory.getLogger(Digests.class);
    private static final Duration CLAIM = Duration.ofMinutes(5);
    private static final int MAX_ITEMS = 200;

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final RecipientDirectory directory;
    private final EmailSender email;
    private final MessageTemplates templates;
    private final Clock clock;

    Digests(MongoTemplate mongo, AggregateWriter writer, RecipientDirectory directory, EmailSender email,
            MessageTemplates templates, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.directory = directory;
        this.email = email;
        this.templates = templates;
        this.clock = clock;
    }

    public record Result(int recipients, int notifications) {
    }

    /** Sends every waiting digest now. */
    public Result sendAll() {
        Query waiting = Query.query(pending()).with(Sort.by("sequence"));
        Map<String, List<String>> byRecipient = new LinkedHashMap<>();
        for (Notification notification : mongo.find(waiting, Notification.class)) {
            byRecipient.computeIfAbsent(notification.getRecipientId(), id -> new ArrayList<>())
                    .add(notification.getId());
        }
        int recipients = 0;
        int notifications = 0;
        for (Map.Entry<String, List<String>> entry : byRecipient.entrySet()) {
            int sent = sendDigest(entry.getKey(), entry.getValue());
            if (sent > 0) {
                recipients++;
                notifications += sent;
            }
        }
        return new Result(recipients, notifications);
    }

    private int sendDigest(String recipientId, List<String> ids) {
        Instant now = clock.instant();
        List<Notification> claimed = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(ids.size(), MAX_ITEMS))) {
            Notification notification = mongo.findAndModify(Query.query(pending().and("_id").is(id)),
                    new Update().set("claimedUntil", now.plus(CLAIM)).inc("version", 1),
                    FindAndModifyOptions.options().returnNew(true), Notification.class);
            if (notification != null) {
                claimed.add(notification);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        Recipient recipient = directory.byId(recipientId).orElse(null);
        try {
            if (recipient == null || recipient.getEmail() == null) {
                throw new DeliveryException("The recipient has no e-mail address any more", true);
            }
            email.send(recipient.getEmail(), templates.bilingual("digest.subject",
                    Values.with("count", claimed.size()).asMap()), body(claimed));
            Instant sentAt = clock.instant();
            claimed.forEach(notification -> notification.delivered(sentAt));
        } catch (DeliveryException e) {
            Instant failedAt = clock.instant();
            log.info("Digest to {} failed: {}", recipientId, e.getMessage());
            for (Notification notification : claimed) {
                boolean lastTry = e.isPermanent() || notification.getAttempts() + 1 >= email.maxAttempts();
                // The next digest run is the retry; a failed one is replayable like any other.
                notification.attemptFailed(e.getMessage(), lastTry ? null : failedAt, failedAt);
            }
        }
        claimed.forEach(writer::update);
        return claimed.size();
    }

    private String body(List<Notification> notifications) {
        StringBuilder items = new StringBuilder();
        for (Notification notification : notifications) {
            items.append(templates.bilingual("digest-item", Values
                    .with("titleVi", notification.getMessage().title().vi())
                    .and("bodyVi", notification.getMessage().body().vi())
                    .and("titleEn", notification.getMessage().title().en()).asMap())).append('\n');
        }
        return templates.bilingual("digest.body", Values.with("items", items.toString().strip()).asMap());
    }

    private Criteria pending() {
        Instant now = clock.instant();
        return Criteria.where("channel").is(Channel.EMAIL).and("digest").is(true).and("status")
                .is(DeliveryStatus.PENDING).orOperator(Criteria.where("claimedUntil").is(null),
                        Criteria.where("claimedUntil").lt(now));
    }
}
