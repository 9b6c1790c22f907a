package vn.twotier.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.twotier.notification.recipient.Recipient;
import vn.twotier.notification.recipient.RecipientDirectory;
import vn.twotier.support.outbox.AggregateWriter;

/**
 * Sends the outbound notifications (webhook, e-mail) that are due, each channel on its own thread pool, so a slow or
 * dead endpoint holds one thread for at most its timeout and never delays other recipients. Retries wait in the
 * store (next attempt time), not in a sleeping thread. Per recipient and channel only the oldest pending notification
 * is sent, so a recipient receives them in order. A claim (lease) keeps two instances from sending the same one.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration CLAIM = Duration.ofMinutes(2);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final AggregateWriter writer;
    private final RecipientDirectory directory;
    private final Clock clock;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final Map<Channel, ExecutorService> pools = new EnumMap<>(Channel.class);
    private final Map<Channel, Backoff> backoffs = new EnumMap<>(Channel.class);
    /** Recipient-and-channel streams with a send under way on this instance. */
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Duration pollInterval;
    private @Nullable ScheduledExecutorService scheduler;
    private final AtomicBoolean pollRequested = new AtomicBoolean();
    private volatile boolean running;

    public DeliveryWorker(MongoTemplate mongo, AggregateWriter writer, RecipientDirectory directory, Clock clock,
            List<ChannelSender> senders,
            @Value("${twotier.notification.delivery.poll-interval:2s}") Duration pollInterval,
            @Value("${twotier.notification.webhook.threads:8}") int webhookThreads,
            @Value("${twotier.notification.webhook.initial-backoff:2s}") Duration webhookInitial,
            @Value("${twotier.notification.webhook.max-backoff:10m}") Duration webhookMax,
            @Value("${twotier.notification.email.threads:2}") int emailThreads,
            @Value("${twotier.notification.email.initial-backoff:5s}") Duration emailInitial,
            @Value("${twotier.notification.email.max-backoff:30m}") Duration emailMax) {
        this.mongo = mongo;
        this.writer = writer;
        this.directory = directory;
        this.clock = clock;
        this.pollInterval = pollInterval;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        pools.put(Channel.WEBHOOK, pool("webhook", webhookThreads));
        pools.put(Channel.EMAIL, pool("email", emailThreads));
        backoffs.put(Channel.WEBHOOK, new Backoff(webhookInitial, webhookMax));
        backoffs.put(Channel.EMAIL, new Backoff(emailInitial, emailMax));
    }

    /** A new outbound notification is tried at once rather than at the next poll. */
    @EventListener
    public void onCreated(NotificationCreated created) {
        if (created.notification().getChannel() != Channel.IN_APP) {
            pollSoon();
        }
    }

    /** Sends what is due now; returns how many sends were started. */
    public int poll() {
        Instant now = clock.instant();
        Query due = Query.query(Criteria.where("channel").in(senders.keySet()).and("status")
                .is(DeliveryStatus.PENDING).and("digest").ne(true).and("nextAttemptAt").lte(now))
                .with(Sort.by("sequence")).limit(BATCH);
        int started = 0;
        for (Notification candidate : mongo.find(due, Notification.class)) {
            String stream = candidate.getRecipientId() + "/" + candidate.getChannel();
            if (busy.contains(stream) || hasOlderPending(candidate) || !busy.add(stream)) {
                continue;
            }
            started++;
            pools.get(candidate.getChannel()).execute(() -> {
                try {
                    attempt(candidate.getId());
                } catch (RuntimeException e) {
                    log.warn("Delivery of {} failed unexpectedly: {}", candidate.getId(), e.toString());
                } finally {
                    busy.remove(stream);
                }
            });
        }
        return started;
    }

    private boolean hasOlderPending(Notification candidate) {
        return mongo.exists(Query.query(Criteria.where("recipientId").is(candidate.getRecipientId())
                .and("channel").is(candidate.getChannel()).and("status").is(DeliveryStatus.PENDING)
                .and("digest").ne(true).and("sequence").lt(candidate.getSequence())), Notification.class);
    }

    private void attempt(String notificationId) {
        Notification notification = claim(notificationId);
        if (notification == null) {
            return; // sent meanwhile, or claimed by another instance
        }
        ChannelSender sender = senders.get(notification.getChannel());
        Recipient recipient = directory.byId(notification.getRecipientId()).orElse(null);
        Instant now;
        try {
            if (recipient == null) {
                throw new DeliveryException("Recipient " + notification.getRecipientId() + " no longer exists", true);
            }
            sender.send(notification, recipient);
            now = clock.instant();
            notification.delivered(now);
        } catch (DeliveryException e) {
            now = clock.instant();
            boolean lastTry = e.isPermanent() || notification.getAttempts() + 1 >= sender.maxAttempts();
            Instant retryAt = lastTry ? null
                    : now.plus(backoffs.get(notification.getChannel()).delayAfter(notification.getAttempts() + 1));
            notification.attemptFailed(e.getMessage(), retryAt, now);
            log.info("Delivery of {} over {} failed (attempt {}): {}", notification.getId(),
                    notification.getChannel(), notification.getAttempts(), e.getMessage());
        }
        writer.update(notification);
        if (notification.getStatus() != DeliveryStatus.PENDING) {
            pollSoon(); // the recipient's next notification may be waiting behind this one
        }
    }

    private @Nullable Notification claim(String id) {
        Instant now = clock.instant();
        Query query = Query.query(Criteria.where("_id").is(id).and("status").is(DeliveryStatus.PENDING)
                .and("nextAttemptAt").lte(now)
                .orOperator(Criteria.where("claimedUntil").is(null), Criteria.where("claimedUntil").lt(now)));
        Update update = new Update().set("claimedUntil", now.plus(CLAIM)).inc("version", 1);
        return mongo.findAndModify(query, update, FindAndModifyOptions.options().returnNew(true), Notification.class);
    }

    /** Asks for one extra poll; a burst of requests (a large fan-out) makes one poll, not one each. */
    private void pollSoon() {
        ScheduledExecutorService current = scheduler;
        if (running && current != null && pollRequested.compareAndSet(false, true)) {
            current.execute(this::pollSafely);
        }
    }

    private void pollSafely() {
        pollRequested.set(false);
        try {
            poll();
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Delivery poll failed: {}", e.toString());
            }
        }
    }

    private static ExecutorService pool(String name, int threads) {
        AtomicInteger counter = new AtomicInteger();
        return Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, name + "-delivery-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public void start() {
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "delivery-poller");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        pools.values().forEach(ExecutorService::shutdownNow);
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
