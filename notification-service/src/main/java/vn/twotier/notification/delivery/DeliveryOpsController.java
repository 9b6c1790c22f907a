package vn.twotier.notification.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.NotFoundException;

/** Operators see deliveries by state (FAILED ones especially) and send failed ones again. */
@RestController
@Validated
@RequestMapping("/ops/notifications")
class DeliveryOpsController {

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final DeliveryWorker worker;
    private final Clock clock;

    DeliveryOpsController(MongoTemplate mongo, AggregateWriter writer, DeliveryWorker worker, Clock clock) {
        this.mongo = mongo;
        this.writer = writer;
        this.worker = worker;
        this.clock = clock;
    }

    /** e.g. {@code ?status=FAILED&channel=WEBHOOK}; newest first. */
    @GetMapping
    List<DeliveryView> list(@RequestParam(required = false) @Nullable DeliveryStatus status,
            @RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String recipientId,
            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return mongo.find(Query.query(filter(status, channel, recipientId))
                .with(Sort.by(Sort.Direction.DESC, "createdAt")).limit(limit), Notification.class)
                .stream().map(DeliveryView::of).toList();
    }

    @PostMapping("/{id}/replay")
    DeliveryView replay(@PathVariable String id) {
        Notification notification = mongo.findById(id, Notification.class);
        if (notification == null) {
            throw new NotFoundException("notification", "No notification " + id + ".");
        }
        if (notification.getStatus() != DeliveryStatus.FAILED) {
            throw new ConflictException("not-failed", "Notification " + id + " is " + notification.getStatus()
                    + "; only FAILED notifications are replayed.");
        }
        notification.replay(clock.instant());
        writer.update(notification);
        worker.poll();
        return DeliveryView.of(notification);
    }

    /** Replays every FAILED notification of a recipient and/or channel (e.g. once their endpoint is back). */
    @PostMapping("/replay")
    Map<String, Integer> replayAll(@RequestParam(required = false) @Nullable Channel channel,
            @RequestParam(required = false) @Nullable String recipientId) {
        int replayed = 0;
        for (Notification notification : mongo.find(Query.query(filter(DeliveryStatus.FAILED, channel, recipientId)),
                Notification.class)) {
            notification.replay(clock.instant());
            writer.update(notification);
            replayed++;
        }
        worker.poll();
        return Map.of("replayed", replayed);
    }

    private static Criteria filter(@Nullable DeliveryStatus status, @Nullable Channel channel,
            @Nullable String recipientId) {
        Criteria criteria = new Criteria();
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (channel != null) {
            criteria.and("channel").is(channel);
        }
        if (recipientId != null) {
            criteria.and("recipientId").is(recipientId);
        }
        return criteria;
    }
}
