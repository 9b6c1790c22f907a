package vn.twotier.notification.email;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sends digests at a fixed interval; operators can also send them now. */
@RestController
class DigestScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final Digests digests;
    private final Duration interval;
    private @Nullable ScheduledExecutorService scheduler;
    private volatile boolean running;

    DigestScheduler(Digests digests, @Value("${twotier.notification.digest.interval:1h}") Duration interval) {
        this.digests = digests;
        this.interval = interval;
    }

    @PostMapping("/ops/digests/send")
    Map<String, Integer> sendNow() {
        Digests.Result result = digests.sendAll();
        return Map.of("recipients", result.recipients(), "notifications", result.notifications());
    }

    private void run() {
        try {
            Digests.Result result = digests.sendAll();
            if (result.recipients() > 0) {
                log.info("Sent {} digest(s) covering {} notification(s)", result.recipients(), result.notifications());
            }
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Digest run failed: {}", e.toString());
            }
        }
    }

    @Override
    public void start() {
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "digests");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::run, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        running = false;
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
