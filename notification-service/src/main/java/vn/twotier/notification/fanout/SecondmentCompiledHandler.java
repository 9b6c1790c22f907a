package vn.twotier.notification.fanout;

import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentCompiled;

/** Home Affairs put the proposal on the provincial list. */
@Component
class SecondmentCompiledHandler extends SecondmentRequestHandler<SecondmentCompiled> {

    SecondmentCompiledHandler(FanOut fanOut, EventWording wording) {
        super(fanOut, wording, "secondment-compiled");
    }

    @Override
    protected SecondmentRequest request(SecondmentCompiled e) {
        return new SecondmentRequest(e.provinceCode(), e.requestType(), e.personId(), e.sendingUnitCode(),
                e.receivingUnitCode(), e.startDate(), e.endDate(), e.actor(), e.reason());
    }
}
