package vn.twotier.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(10));

    @Test
    void eachRetryWaitsBetweenHalfAndAllOfTheDoubledDelay() {
        for (int attempt = 1; attempt <= 6; attempt++) {
            long full = 2000L << (attempt - 1);
            for (int sample = 0; sample < 200; sample++) {
                assertThat(backoff.delayAfter(attempt).toMillis()).isBetween(full / 2, full);
            }
        }
    }

    @Test
    void delaysStopGrowingAtTheCapEvenAfterManyAttempts() {
        for (int attempt : new int[] {10, 40, 1000}) {
            assertThat(backoff.delayAfter(attempt)).isBetween(Duration.ofMinutes(5), Duration.ofMinutes(10));
        }
    }

    @Test
    void theDelaysAreSpreadNotIdentical() {
        assertThat(java.util.stream.IntStream.range(0, 50).mapToObj(i -> backoff.delayAfter(3)).distinct().count())
                .isGreaterThan(1);
    }
}
