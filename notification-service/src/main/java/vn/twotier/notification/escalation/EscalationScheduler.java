package vn.twotier.notification.escalation;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/** Looks for overdue acknowledgements at a fixed interval (deadlines are days; a minute's delay is nothing). */
@Component
class EscalationScheduler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EscalationScheduler.class);

    private final Escalations escalations;
    private final Duration interval;
    private @Nullable ScheduledExecutorService scheduler;
    private volatile boolean running;

    EscalationScheduler(Escalations escalations,
            @Value("${twotier.notification.escalation.check-interval:1m}") Duration interval) {
        this.escalations = escalations;
        this.interval = interval;
    }

    @Override
    public void start() {
        running = true;
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "escalations");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            int escalated = escalations.escalateOverdue();
            if (escalated > 0) {
                log.info("Escalated {} unacknowledged notification(s)", escalated);
            }
        } catch (RuntimeException e) {
            if (running) {
                log.warn("Escalation check failed: {}", e.toString());
            }
        }
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
