package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentNominated;
import vn.twotier.notification.message.Values;

/** A sending unit proposed someone: Home Affairs compiles, the receiving unit learns who may come. */
@Component
class SecondmentNominatedHandler extends SecondmentRequestHandler<SecondmentNominated> {

    SecondmentNominatedHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-nominated");
    }

    @Override
    protected SecondmentRequest request(SecondmentNominated e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }

    @Override
    protected void addValues(SecondmentNominated e, Values values) {
        values.and("position", e.positionCode()).and("specialty", e.specialtyCode());
    }
}
