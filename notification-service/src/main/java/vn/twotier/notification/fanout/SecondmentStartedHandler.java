package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentStarted;

/** The person started at the receiving unit, which must confirm the arrival. */
@Component
class SecondmentStartedHandler extends SecondmentRequestHandler<SecondmentStarted> {

    SecondmentStartedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-started");
    }

    @Override
    protected SecondmentRequest request(SecondmentStarted e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }
}
