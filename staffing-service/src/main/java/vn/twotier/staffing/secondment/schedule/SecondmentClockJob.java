package vn.twotier.staffing.secondment.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.secondment.request.RequestService;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.staffing.secondment.request.SecondmentRequestStore;
import vn.twotier.support.web.ConflictException;

/**
 * The sending agency must take the person back: on the end date a started secondment ends by itself
 * ({@code SecondmentEnded}, END_DATE_REACHED), and reminders go out 60 and 30 days before. Runs on the injected
 * {@link Clock}; each step is a versioned write, so two instances running it at once do each thing once.
 */
@Component
public class SecondmentClockJob {

    /** Days before the end date when a reminder is issued, earliest first. */
    public static final List<Integer> REMINDER_DAYS = List.of(60, 30);

    private static final Logger log = LoggerFactory.getLogger(SecondmentClockJob.class);

    private final SecondmentRequestStore store;
    private final RequestService service;
    private final Clock clock;

    SecondmentClockJob(SecondmentRequestStore store, RequestService service, Clock clock) {
        this.store = store;
        this.service = service;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${twotier.staffing.secondment.clock-initial-delay:PT1M}",
            fixedDelayString = "${twotier.staffing.secondment.clock-interval:PT1H}")
    public void scheduled() {
        run();
    }

    /** One pass: what ended, what is due a reminder. Returns the number of steps taken. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        int steps = 0;
        for (SecondmentRequest request : store.started()) {
            if (request.getType() != SecondmentType.SECONDMENT || request.getEndDate() == null) {
                continue;
            }
            try {
                steps += step(request, today);
            } catch (ConflictException | org.springframework.dao.OptimisticLockingFailureException concurrent) {
                log.debug("Secondment {} changed meanwhile; next pass", request.getId());
            }
        }
        return steps;
    }

    private int step(SecondmentRequest request, LocalDate today) {
        long daysLeft = ChronoUnit.DAYS.between(today, request.getEndDate());
        if (daysLeft <= 0) {
            service.endByClock(request);
            return 1;
        }
        // only the nearest reminder due: one started 20 days before its end gets the 30-day one, not both
        Integer due = REMINDER_DAYS.stream().filter(days -> daysLeft <= days).reduce((a, b) -> b).orElse(null);
        if (due != null && request.getRemindersIssued().stream().noneMatch(sent -> sent <= due)) {
            return service.remind(request, due) ? 1 : 0;
        }
        return 0;
    }
}
