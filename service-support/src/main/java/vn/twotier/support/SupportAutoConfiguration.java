package vn.twotier.support;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.CommonErrorHandler;
import vn.twotier.support.app.TopicDeclarations;
import vn.twotier.support.consumer.EventDispatcher;
import vn.twotier.support.consumer.EventHandler;
import vn.twotier.support.consumer.ProcessedEvents;
import vn.twotier.support.correlation.CorrelationFilter;
import vn.twotier.support.dlt.DeadLetterController;
import vn.twotier.support.dlt.DeadLetterRouting;
import vn.twotier.support.dlt.DeadLetters;
import vn.twotier.support.health.KafkaHealthIndicator;
import vn.twotier.support.health.MongoPingHealthIndicator;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxCollections;
import vn.twotier.support.outbox.OutboxNudger;
import vn.twotier.support.outbox.OutboxRelay;
import vn.twotier.support.web.ProblemDetailsAdvice;

/** Wires the shared messaging, error-handling and operations pieces into every service. */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
public class SupportAutoConfiguration {

    /** Dates in this domain are Vietnamese dates (valid-from 1 July 2025 means 1 July in Hà Nội). */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    @ConditionalOnMissingBean(KafkaTemplate.class)
    @SuppressWarnings("unchecked")
    KafkaTemplate<String, byte[]> kafkaTemplate(ProducerFactory<?, ?> producerFactory) {
        return new KafkaTemplate<>((ProducerFactory<String, byte[]>) producerFactory);
    }

    @Bean
    KafkaAdmin.NewTopics twotierTopics(@Value("${twotier.kafka.replication-factor:1}") int replicationFactor) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.all(replicationFactor));
    }

    @Bean
    CommonErrorHandler twotierErrorHandler(KafkaTemplate<String, byte[]> template, MeterRegistry registry,
            @Value("${spring.application.name}") String application,
            @Value("${twotier.kafka.consumer.max-retries:3}") int maxRetries) {
        return DeadLetterRouting.errorHandler(template, registry, application, maxRetries);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo, Clock clock) {
        return new ProcessedEvents(mongo, clock);
    }

    @Bean(name = "twotierEventDispatcher")
    @ConditionalOnBean(EventHandler.class)
    EventDispatcher twotierEventDispatcher(List<EventHandler<?>> handlers, ProcessedEvents processed,
            MeterRegistry registry) {
        return new EventDispatcher(handlers, processed, registry);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    DeadLetters deadLetters(KafkaProperties properties, KafkaTemplate<String, byte[]> template,
            @Value("${twotier.consumer.group}") String group) {
        return new DeadLetters(properties.buildConsumerProperties(), template, group);
    }

    @Bean
    @ConditionalOnBean(EventHandler.class)
    DeadLetterController deadLetterController(DeadLetters deadLetters, EventDispatcher dispatcher) {
        return new DeadLetterController(deadLetters, dispatcher);
    }

    @Bean
    @ConditionalOnBean(OutboxCollections.class)
    OutboxRelay outboxRelay(MongoTemplate mongo, KafkaTemplate<String, byte[]> template, OutboxCollections collections,
            @Value("${spring.application.name}") String application,
            @Value("${twotier.outbox.poll-interval:2s}") Duration pollInterval, MeterRegistry registry) {
        return new OutboxRelay(mongo, template, collections, application, pollInterval, registry);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    AggregateWriter aggregateWriter(MongoTemplate mongo, OutboxRelay relay) {
        return new AggregateWriter(mongo, relay);
    }

    @Bean
    @ConditionalOnBean(OutboxRelay.class)
    OutboxNudger outboxNudger(OutboxRelay relay) {
        return new OutboxNudger(relay);
    }

    /** Each service's OpenAPI document says which service it is (springdoc's default title is generic). */
    @Bean
    @ConditionalOnMissingBean
    io.swagger.v3.oas.models.OpenAPI openApi(@Value("${spring.application.name}") String application) {
        return new io.swagger.v3.oas.models.OpenAPI().info(new io.swagger.v3.oas.models.info.Info()
                .title("TwoTier " + application).version("v1")
                .description("Part of TwoTier, the event-driven system for Vietnam's 2025 commune mergers. Errors are "
                        + "RFC 9457 problem details; X-Correlation-Id is carried into every event a request causes."));
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    @Bean
    FilterRegistrationBean<CorrelationFilter> correlationFilter() {
        FilterRegistrationBean<CorrelationFilter> registration = new FilterRegistrationBean<>(new CorrelationFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

    @Bean(name = "kafkaHealthIndicator")
    KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties properties) {
        return new KafkaHealthIndicator(properties.buildAdminProperties());
    }
}
