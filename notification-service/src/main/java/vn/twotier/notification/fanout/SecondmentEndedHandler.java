package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentEnded;
import vn.twotier.notification.message.Values;

/** The secondment ended and the person counts at the sending unit again. */
@Component
class SecondmentEndedHandler extends SecondmentRequestHandler<SecondmentEnded> {

    SecondmentEndedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-ended");
    }

    @Override
    protected SecondmentRequest request(SecondmentEnded e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentEnded e, Values values) {
        values.and("endedOn", e.endedOn()).and("endReason", wording.word("secondment-end." + e.endReason()));
    }
}
