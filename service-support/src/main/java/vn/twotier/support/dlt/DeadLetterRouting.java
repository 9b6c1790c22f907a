package vn.twotier.support.dlt;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import vn.twotier.events.MalformedEventException;
import vn.twotier.events.Topics;
import vn.twotier.events.UnknownEventTypeException;
import vn.twotier.support.consumer.NonRetryableEventException;

/**
 * Retry with exponential back-off, then the record goes to {@code <topic>.DLT} on the same partition with its
 * original headers and the exception; records that can never succeed skip the retries. Either way the
 * partition moves on.
 */
public final class DeadLetterRouting {

    private DeadLetterRouting() {
    }

    public static DefaultErrorHandler errorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry registry,
            String application, int maxRetries) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, (record, exception) -> {
            Counter.builder("twotier.dlt.records").description("Records sent to a dead-letter topic")
                    .tag("topic", record.topic()).register(registry).increment();
            return new TopicPartition(Topics.deadLetter(record.topic()), record.partition());
        });
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(5_000);
        backOff.setMaxAttempts(maxRetries);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnknownEventTypeException.class, MalformedEventException.class,
                NonRetryableEventException.class);
        return handler;
    }
}
