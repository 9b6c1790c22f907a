package vn.twotier.notification.fanout;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventJson;
import vn.twotier.events.EventMetadata;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.notification.delivery.Deliveries;
import vn.twotier.notification.delivery.DeliveryPlan;
import vn.twotier.notification.delivery.SourceEvent;
import vn.twotier.notification.message.Message;
import vn.twotier.notification.message.MessageTemplates;
import vn.twotier.notification.recipient.KnownProvinces;
import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.recipient.RecipientDirectory;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.notification.rule.NotificationRule;
import vn.twotier.notification.rule.RuleBook;
import vn.twotier.notification.rule.RuleSet;
import vn.twotier.notification.rule.Scope;
import vn.twotier.notification.rule.Target;

/** Applies the rules of an event's type: finds the recipients they name and notifies each once. */
@Component
public class FanOut {

    private final RuleBook rules;
    private final RecipientDirectory directory;
    private final KnownProvinces provinces;
    private final MessageTemplates templates;
    private final Deliveries deliveries;

    public FanOut(RuleBook rules, RecipientDirectory directory, KnownProvinces provinces, MessageTemplates templates,
            Deliveries deliveries) {
        this.rules = rules;
        this.directory = directory;
        this.provinces = provinces;
        this.templates = templates;
        this.deliveries = deliveries;
    }

    /** Returns how many notifications were created (0 on a repeat of an event already applied). */
    public int apply(ReceivedEvent<? extends DomainEvent> event, EventFacts facts) {
        provinces.heardOf(facts.provinceCode(), facts.provinceName());
        RuleSet ruleSet = rules.current();
        // One plan per recipient; when several rules name the same recipient, the one that needs an answer wins.
        Map<String, DeliveryPlan> plans = new LinkedHashMap<>();
        for (NotificationRule rule : ruleSet.rulesFor(event.metadata().type())) {
            if (!rule.appliesTo(facts)) {
                continue;
            }
            for (Target target : rule.targets()) {
                for (Recipient recipient : recipients(target, facts)) {
                    DeliveryPlan plan = new DeliveryPlan(recipient, rule, ruleSet.version());
                    plans.merge(recipient.getId(), plan, DeliveryPlan::stronger);
                }
            }
        }
        if (plans.isEmpty()) {
            return 0;
        }
        SourceEvent source = source(event);
        Message message = templates.message(facts.messageKey(), facts.values().get());
        int created = 0;
        for (DeliveryPlan plan : plans.values()) {
            created += deliveries.notify(source, plan, message).size();
        }
        return created;
    }

    private List<Recipient> recipients(Target target, EventFacts facts) {
        List<String> keys = facts.in(target.scope());
        if (target.scope() == Scope.PERSON) {
            return keys.stream().flatMap(person -> directory.activePerson(person, target.role()).stream()).toList();
        }
        return keys.stream().flatMap(unit -> directory.active(unit, target.role()).stream()).toList();
    }

    private static SourceEvent source(ReceivedEvent<? extends DomainEvent> event) {
        EventMetadata metadata = event.metadata();
        return new SourceEvent(metadata.id(), metadata.type(), metadata.source(), metadata.subject(),
                metadata.time().toInstant(), metadata.correlationId(),
                new String(EventJson.write(event.data()), StandardCharsets.UTF_8));
    }
}
