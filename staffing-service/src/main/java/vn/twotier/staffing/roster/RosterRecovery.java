package vn.twotier.staffing.roster;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Finishes roster imports a crash interrupted, so their changes get their event. */
@Component
class RosterRecovery {

    private static final Logger log = LoggerFactory.getLogger(RosterRecovery.class);

    private final RosterService rosters;

    RosterRecovery(RosterService rosters) {
        this.rosters = rosters;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recover() {
        int finished = rosters.recover();
        if (finished > 0) {
            log.warn("Finished {} roster import(s) interrupted by a previous stop", finished);
        }
    }
}
