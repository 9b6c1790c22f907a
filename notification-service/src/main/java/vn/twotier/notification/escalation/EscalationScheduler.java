package vn.twotier.notification.escalation;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import vn.twotier.notification.schedule.PeriodicTask;
import org.springframework.stereotype.Component;

/** Looks for overdue acknowledgements at a fixed interval (deadlines are days; a minute's delay is nothing). */
@Component
class EscalationScheduler extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(EscalationScheduler.class);

    private final Escalations escalations;

    EscalationScheduler(Escalations escalations,
            @Value("${twotier.notification.escalation.check-interval:1m}") Duration interval) {
        super("escalations", interval);
        this.escalations = escalations;
    }

    @Override
    protected void runOnce() {
        int escalated = escalations.escalateOverdue();
        if (escalated > 0) {
            log.info("Escalated {} unacknowledged notification(s)", escalated);
        }
    }
}
