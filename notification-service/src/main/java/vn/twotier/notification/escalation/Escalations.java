package vn.twotier.notification.escalation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.notification.delivery.Channel;
import vn.twotier.notification.delivery.Deliveries;
import vn.twotier.notification.delivery.Notification;
import vn.twotier.notification.message.Message;
import vn.twotier.notification.message.MessageTemplates;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.recipient.RecipientDirectory;
import vn.twotier.notification.recipient.RecipientRole;
import vn.twotier.support.outbox.AggregateWriter;

/**
 * Notifications that asked for an acknowledgement and did not get one by their deadline go to the next role: first
 * that role in the same unit, else in the province, else the province's organization committee (which every known
 * province has), so an escalation never goes nowhere.
 */
@Component
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final RecipientDirectory directory;
    private final Deliveries deliveries;
    private final MessageTemplates templates;
    private final Clock clock;

    public Escalations(MongoTemplate mongo, AggregateWriter writer, RecipientDirectory directory,
            Deliveries deliveries, MessageTemplates templates, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.directory = directory;
        this.deliveries = deliveries;
        this.templates = templates;
        this.clock = clock;
    }

    /** Escalates everything overdue now; returns how many notifications were escalated. */
    public int escalateOverdue() {
        Instant now = clock.instant();
        Query overdue = Query.query(Criteria.where("channel").is(Channel.IN_APP).and("actionRequired").is(true)
                .and("acknowledgedAt").is(null).and("escalatedAt").is(null).and("acknowledgeBy").lte(now))
                .with(Sort.by("acknowledgeBy")).limit(BATCH);
        int escalated = 0;
        for (Notification notification : mongo.find(overdue, Notification.class)) {
            if (escalate(notification, now)) {
                escalated++;
            }
        }
        return escalated;
    }

    private boolean escalate(Notification notification, Instant now) {
        List<Recipient> targets = targets(notification);
        Message message = message(notification);
        // Notices first, then the state: a crash in between re-runs this, and the notices are not doubled.
        for (Recipient target : targets) {
            deliveries.escalate(notification, target, message);
        }
        notification.escalated(targets, now);
        try {
            writer.update(notification);
            return true;
        } catch (OptimisticLockingFailureException e) {
            return false; // acknowledged meanwhile, or escalated by another instance
        }
    }

    private List<Recipient> targets(Notification notification) {
        RecipientRole role = notification.getEscalateTo() != null ? notification.getEscalateTo()
                : RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE;
        Recipient original = directory.byId(notification.getRecipientId()).orElse(null);
        if (original != null) {
            List<Recipient> inUnit = directory.active(original.getUnitCode(), role);
            if (!inUnit.isEmpty()) {
                return inUnit;
            }
        }
        List<Recipient> inProvince = directory.active(notification.getProvinceCode(), role);
        if (!inProvince.isEmpty()) {
            return inProvince;
        }
        log.warn("Nobody holds {} for notification {}; escalating to the province committee", role,
                notification.getId());
        return directory.active(notification.getProvinceCode(), RecipientRole.PROVINCE_ORGANIZATION_COMMITTEE);
    }

    private Message message(Notification notification) {
        Recipient original = directory.byId(notification.getRecipientId()).orElse(null);
        Values values = Values.with("originalTitle", notification.getMessage().title())
                .and("originalBody", notification.getMessage().body())
                .and("recipientName", original == null ? notification.getRecipientId() : original.getName())
                .and("role", original == null ? null : templates.text("role." + original.getRole().name(),
                        Map.of()))
                .and("deadline", LocalDateTime.ofInstant(notification.getAcknowledgeBy(), clock.getZone()));
        return templates.message("escalated", values.asMap());
    }
}
