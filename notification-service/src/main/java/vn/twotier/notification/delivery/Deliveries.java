package vn.twotier.notification.delivery;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import vn.twotier.notification.message.Message;
import vn.twotier.notification.recipient.Recipient;

/**
 * Creates the notifications of one event for one recipient, one per channel the recipient can be reached on.
 * A repeat (redelivery, crash before the event was marked processed) hits the unique index and creates nothing.
 */
@Component
public class Deliveries {

    private final MongoTemplate mongo;
    private final RecipientSequence sequence;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    public Deliveries(MongoTemplate mongo, RecipientSequence sequence, ApplicationEventPublisher publisher,
            Clock clock) {
        this.mongo = mongo;
        this.sequence = sequence;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The notifications created now (empty when all of them already existed). */
    public List<Notification> notify(SourceEvent event, DeliveryPlan plan, Message message) {
        return createAll(plan.recipient(), channel -> Notification.create(event, plan, channel,
                sequence.next(plan.recipient().getId()), message, clock.instant()));
    }

    /** Tells {@code recipient} that {@code original} was not acknowledged in time, once per channel. */
    public List<Notification> escalate(Notification original, Recipient recipient, Message message) {
        return createAll(recipient, channel -> Notification.escalation(original, recipient, channel,
                sequence.next(recipient.getId()), message, clock.instant()));
    }

    private List<Notification> createAll(Recipient recipient, Function<Channel, Notification> factory) {
        List<Notification> created = new ArrayList<>();
        for (Channel channel : channels(recipient)) {
            insert(factory.apply(channel)).ifPresent(created::add);
        }
        return created;
    }

    private Optional<Notification> insert(Notification notification) {
        try {
            mongo.insert(notification);
        } catch (DuplicateKeyException e) {
            return Optional.empty(); // this already reached this recipient on this channel
        }
        publisher.publishEvent(new NotificationCreated(notification));
        return Optional.of(notification);
    }

    static Set<Channel> channels(Recipient recipient) {
        Set<Channel> channels = EnumSet.of(Channel.IN_APP);
        if (recipient.getWebhookUrl() != null) {
            channels.add(Channel.WEBHOOK);
        }
        if (recipient.getEmail() != null) {
            channels.add(Channel.EMAIL);
        }
        return channels;
    }
}
