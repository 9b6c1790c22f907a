package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentWithdrawn;

/** The proposal was withdrawn before the person started. */
@Component
class SecondmentWithdrawnHandler extends SecondmentRequestHandler<SecondmentWithdrawn> {

    SecondmentWithdrawnHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-withdrawn");
    }

    @Override
    protected SecondmentRequest request(SecondmentWithdrawn e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }
}
