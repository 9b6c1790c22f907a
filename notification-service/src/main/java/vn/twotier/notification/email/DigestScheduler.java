package vn.twotier.notification.email;

import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import vn.twotier.notification.schedule.PeriodicTask;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sends digests at a fixed interval; operators can also send them now. */
@RestController
class DigestScheduler extends PeriodicTask {

    private static final Logger log = LoggerFactory.getLogger(DigestScheduler.class);

    private final Digests digests;

    DigestScheduler(Digests digests, @Value("${twotier.notification.digest.interval:1h}") Duration interval) {
        super("digests", interval);
        this.digests = digests;
    }

    @PostMapping("/ops/digests/send")
    Map<String, Integer> sendNow() {
        Digests.Result result = digests.sendAll();
        return Map.of("recipients", result.recipients(), "notifications", result.notifications());
    }

    @Override
    protected void runOnce() {
        Digests.Result result = digests.sendAll();
        if (result.recipients() > 0) {
            log.info("Sent {} digest(s) covering {} notification(s)", result.recipients(), result.notifications());
        }
    }
}
