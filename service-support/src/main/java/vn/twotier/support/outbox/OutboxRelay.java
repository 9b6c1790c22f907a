package vn.twotier.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.EventMetadata;

/**
 * Publishes the events waiting in aggregate documents, oldest first per aggregate, with the idempotent producer
 * (acks=all), and removes each from its document only after the broker acknowledged it. A crash between the two
 * re-publishes the event (same id) on restart: consumers drop the duplicate. A broker outage only delays events.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Bson HAS_PENDING = Filters.exists(OutboxAggregate.OUTBOX_FIELD + ".0");
    private static final int BATCH = 500;

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, byte[]> kafka;
    private final List<String> collections;
    private final String source;
    private final Duration pollInterval;
    private final RelayLease lease;
    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> kafka, OutboxCollections aggregates,
            String applicationName, Duration pollInterval, MeterRegistry registry) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.collections = aggregates.aggregates().stream().map(mongo::getCollectionName).distinct().toList();
        this.source = "/twotier/" + applicationName;
        this.pollInterval = pollInterval;
        this.lease = new RelayLease(mongo, applicationName);
        Gauge.builder("twotier.outbox.pending.events", backlog, AtomicLong::get)
                .description("Events stored with their state and not yet acknowledged by Kafka")
                .register(registry);
        this.published = Counter.builder("twotier.outbox.published.events").register(registry);
    }

    /**
     * Asks the relay to look for new events now. Every write of events nudges it; the poll interval is only the
     * safety net (events left by a crash), because on the embedded store each look is a scan of the collections.
     */
    public void nudge() {
        wakeUp.release();
    }

    /** Publishes everything pending now; returns the number of events published. */
    public int relayOnce() {
        if (!lease.tryAcquire()) {
            return 0;
        }
        int total = 0;
        long seen = 0;
        for (String collection : collections) {
            MongoCollection<Document> documents = mongo.getCollection(collection);
            List<Document> batch;
            do {
                batch = documents.find(HAS_PENDING).projection(Projections.include(OutboxAggregate.OUTBOX_FIELD))
                        .limit(BATCH).into(new ArrayList<>());
                seen += batch.stream().mapToLong(doc -> doc.getList(OutboxAggregate.OUTBOX_FIELD, Document.class)
                        .size()).sum();
                backlog.set(Math.max(seen - total, 0));
                total += publish(documents, batch);
            } while (batch.size() == BATCH && running);
        }
        backlog.set(0);
        return total;
    }

    private int publish(MongoCollection<Document> documents, List<Document> batch) {
        List<CompletableFuture<?>> sends = new ArrayList<>();
        List<UpdateOneModel<Document>> removals = new ArrayList<>();
        int count = 0;
        for (Document doc : batch) {
            List<Document> events = doc.getList(OutboxAggregate.OUTBOX_FIELD, Document.class);
            List<String> ids = new ArrayList<>();
            for (Document event : events) {
                sends.add(kafka.send(toRecord(event)));
                ids.add(event.getString("eventId"));
            }
            count += ids.size();
            removals.add(new UpdateOneModel<>(Filters.eq("_id", doc.get("_id")),
                    Updates.pull(OutboxAggregate.OUTBOX_FIELD, Filters.in("eventId", ids))));
        }
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing", e);
        } catch (Exception e) {
            throw new IllegalStateException("Kafka did not acknowledge outbox events: " + e.getMessage(), e);
        }
        if (!removals.isEmpty()) {
            documents.bulkWrite(removals);
        }
        published.increment(count);
        if (count > 0) {
            log.debug("Published {} events of {} aggregates (acks=all) and removed them from their outboxes", count,
                    batch.size());
        }
        return count;
    }

    private org.apache.kafka.clients.producer.ProducerRecord<String, byte[]> toRecord(Document event) {
        EventMetadata metadata = new EventMetadata(event.getString("eventId"), source, event.getString("type"),
                OffsetDateTime.ofInstant(event.getDate("time").toInstant(), ZoneOffset.UTC), event.getString("key"),
                event.getString("correlationId"), event.getString("causationId"));
        byte[] data = event.getString("data").getBytes(StandardCharsets.UTF_8);
        return CloudEventCodec.toRecord(event.getString("topic"), event.getString("key"),
                CloudEventCodec.toCloudEvent(metadata, data));
    }

    private void loop() {
        Duration firstBackoff = Duration.ofMillis(200);
        Duration backoff = firstBackoff;
        while (running) {
            try {
                int count = relayOnce();
                backoff = firstBackoff;
                if (count == 0) {
                    wakeUp.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
                    wakeUp.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofSeconds(30)) > 0
                        ? Duration.ofSeconds(30) : backoff.multipliedBy(2);
                log.warn("Outbox relay failed, retrying in {} ms: {}", backoff.toMillis(), e.getMessage());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public void start() {
        mongo.getCollection(RelayLease.COLLECTION); // make sure the lease collection exists
        collections.forEach(collection -> mongo.getCollection(collection)
                .createIndex(new Document(OutboxAggregate.OUTBOX_FIELD + ".eventId", 1)));
        running = true;
        worker = new Thread(this::loop, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        if (worker != null) {
            worker.interrupt();
            try {
                worker.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        lease.release();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        // Stop before the Kafka producer and Mongo client are closed.
        return Integer.MAX_VALUE - 100;
    }
}
