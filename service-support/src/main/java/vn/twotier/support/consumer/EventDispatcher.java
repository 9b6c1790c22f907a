package vn.twotier.support.consumer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ResolvableType;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.util.ClassUtils;
import vn.twotier.events.CloudEventCodec;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventCatalog;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.support.correlation.CorrelationContext;

/**
 * The one Kafka listener of a service: reads the CloudEvent, rejects unknown types and versions (to the DLT, via
 * the error handler), skips events already applied, and hands the rest to the service's {@link EventHandler}s
 * with the event's correlation id, so whatever they publish is traceable to it.
 */
public class EventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EventDispatcher.class);

    private final Map<Class<?>, List<EventHandler<DomainEvent>>> handlers = new LinkedHashMap<>();
    private final ProcessedEvents processed;
    private final Counter duplicates;

    @SuppressWarnings("unchecked")
    public EventDispatcher(List<EventHandler<?>> eventHandlers, ProcessedEvents processed, MeterRegistry registry) {
        for (EventHandler<?> handler : eventHandlers) {
            Class<?> type = ResolvableType.forClass(ClassUtils.getUserClass(handler))
                    .as(EventHandler.class).getGeneric(0).resolve();
            if (type == null) {
                throw new IllegalStateException("Cannot tell which event " + handler.getClass() + " handles");
            }
            handlers.computeIfAbsent(type, key -> new ArrayList<>()).add((EventHandler<DomainEvent>) handler);
        }
        this.processed = processed;
        this.duplicates = Counter.builder("twotier.events.duplicates")
                .description("Redelivered events recognised and skipped").register(registry);
    }

    /** The topics carrying the event types this service handles. */
    @SuppressWarnings("unchecked")
    public String[] topics() {
        return handlers.keySet().stream()
                .map(type -> EventCatalog.of((Class<? extends DomainEvent>) type).topic())
                .distinct().toArray(String[]::new);
    }

    @KafkaListener(id = "${spring.application.name}-events", topics = "#{__listener.topics()}",
            groupId = "${twotier.consumer.group}")
    public void onRecord(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent = CloudEventCodec.fromRecord(record);
        ReceivedEvent<DomainEvent> event = CloudEventCodec.decode(cloudEvent);
        List<EventHandler<DomainEvent>> interested = handlers.get(event.data().getClass());
        if (interested == null) {
            return; // a known event this service has no use for
        }
        String eventId = event.metadata().id();
        if (processed.contains(eventId)) {
            duplicates.increment();
            log.debug("Skipping redelivered event {}", eventId);
            return;
        }
        String correlationId = event.metadata().correlationId() != null ? event.metadata().correlationId() : eventId;
        CorrelationContext.runWith(new CorrelationContext.Ids(correlationId, eventId),
                () -> interested.forEach(handler -> handler.handle(event)));
        processed.add(eventId, event.metadata().type());
        log.debug("Applied {} {} (key {}, {}-{}@{}, correlation {})", event.metadata().type(), eventId,
                record.key(), record.topic(), record.partition(), record.offset(), correlationId);
    }
}
