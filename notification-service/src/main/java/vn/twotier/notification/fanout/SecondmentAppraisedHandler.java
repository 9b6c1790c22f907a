package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentAppraised;
import vn.twotier.notification.message.Values;

/** The proposal was checked against the receiving unit's vacancies. */
@Component
class SecondmentAppraisedHandler extends SecondmentRequestHandler<SecondmentAppraised> {

    SecondmentAppraisedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-appraised");
    }

    @Override
    protected SecondmentRequest request(SecondmentAppraised e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentAppraised e, Values values) {
        values.and("receivingShort", wording.word("receiving-short." + e.receivingUnitShort()))
                .and("warnings", e.warnings().isEmpty() ? null : String.join(", ", e.warnings()));
    }
}
