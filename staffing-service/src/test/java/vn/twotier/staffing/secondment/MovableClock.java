package vn.twotier.staffing.secondment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Vietnam's clock running with the real one, which a test moves forward (end dates pass without waiting). */
public class MovableClock extends Clock {

    private final ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    public void advanceDays(long days) {
        offset.accumulateAndGet(Duration.ofDays(days), Duration::plus);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset.get());
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
