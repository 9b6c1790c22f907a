package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentReminderIssued;
import vn.twotier.notification.message.Values;

/** The end is near: the sending unit prepares the person's return. */
@Component
class SecondmentReminderHandler extends SecondmentRequestHandler<SecondmentReminderIssued> {

    SecondmentReminderHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-reminder");
    }

    @Override
    protected SecondmentRequest request(SecondmentReminderIssued e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentReminderIssued e, Values values) {
        values.and("daysBefore", e.daysBefore());
    }
}
