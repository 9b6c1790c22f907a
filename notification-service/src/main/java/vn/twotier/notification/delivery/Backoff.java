package vn.twotier.notification.delivery;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential back-off with jitter: the n-th retry waits between half and all of initial × 2^(n-1), capped. The
 * jitter spreads the retries of many notifications to one endpoint that failed together.
 */
public record Backoff(Duration initial, Duration max) {

    public Duration delayAfter(int attempts) {
        long base = initial.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(base, max.toMillis());
        long jittered = capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        return Duration.ofMillis(Math.max(jittered, 1));
    }
}
