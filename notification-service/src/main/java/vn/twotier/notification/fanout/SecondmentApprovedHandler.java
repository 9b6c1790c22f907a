package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentApproved;
import vn.twotier.notification.message.Values;

/** The decision is made: the sending department, the receiving commune and the person learn it. */
@Component
class SecondmentApprovedHandler extends SecondmentRequestHandler<SecondmentApproved> {

    SecondmentApprovedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-approved");
    }

    @Override
    protected SecondmentRequest request(SecondmentApproved e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentApproved e, Values values) {
        values.and("decisionNumber", e.decisionNumber()).and("decisionDate", e.decisionDate());
    }
}
