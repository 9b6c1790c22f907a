package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentExtended;
import vn.twotier.notification.message.Values;

/** The secondment runs longer, by a decision (beyond 3 years only with a stated exception). */
@Component
class SecondmentExtendedHandler extends SecondmentRequestHandler<SecondmentExtended> {

    SecondmentExtendedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-extended");
    }

    @Override
    protected SecondmentRequest request(SecondmentExtended e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentExtended e, Values values) {
        values.and("decisionNumber", e.decisionNumber()).and("decisionDate", e.decisionDate())
                .and("previousEndDate", e.previousEndDate()).and("exception", e.exceptionLegalBasis());
    }
}
