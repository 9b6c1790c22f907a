package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentRejected;
import vn.twotier.notification.message.Values;

/** The proposal was refused by a decision, with its reason. */
@Component
class SecondmentRejectedHandler extends SecondmentRequestHandler<SecondmentRejected> {

    SecondmentRejectedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-rejected");
    }

    @Override
    protected SecondmentRequest request(SecondmentRejected e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentRejected e, Values values) {
        values.and("decisionNumber", e.decisionNumber()).and("decisionDate", e.decisionDate());
    }
}
