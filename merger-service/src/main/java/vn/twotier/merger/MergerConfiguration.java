package vn.twotier.merger;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import vn.twotier.merger.register.ProvinceChange;
import vn.twotier.merger.register.RegisterProperties;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.scenario.Scenario;
import vn.twotier.support.outbox.OutboxCollections;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegisterProperties.class)
public class MergerConfiguration {

    /** Unit versions first: the relay drains collections in this order, so units precede their import summary. */
    @Bean
    OutboxCollections outboxCollections() {
        return OutboxCollections.of(UnitVersion.class, ProvinceChange.class, Scenario.class);
    }

    /** Dates as the driver stores them (UTC midnight), not shifted by the JVM's time zone. */
    @Bean
    MongoCustomConversions mongoCustomConversions() {
        return MongoCustomConversions.create(config -> config.useNativeDriverJavaTimeCodecs());
    }
}
