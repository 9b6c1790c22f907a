package vn.twotier.notification.fanout;

import java.util.List;
import java.util.Set;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.ReceivedEvent;
import vn.twotier.notification.message.Values;
import vn.twotier.notification.rule.EventFacts;
import vn.twotier.support.consumer.EventHandler;

/**
 * The shared shape of the secondment request handlers: the sending unit, the receiving unit and the person are the
 * scopes the rules can address; each subclass adds the values its message needs.
 */
abstract class SecondmentRequestHandler<T extends DomainEvent> implements EventHandler<T> {

    private final FanOut fanOut;
    protected final EventWording wording;
    private final String messageKey;

    SecondmentRequestHandler(FanOut fanOut, EventWording wording, String messageKey) {
        this.fanOut = fanOut;
        this.wording = wording;
        this.messageKey = messageKey;
    }

    protected abstract SecondmentRequest request(T event);

    /** Values beyond the common ones (decision number, dates, …). */
    protected void addValues(T event, Values values) {
    }

    @Override
    public void handle(ReceivedEvent<T> event) {
        SecondmentRequest request = request(event.data());
        Values values = wording.secondment(request).and("date", wording.date(event));
        addValues(event.data(), values);
        fanOut.apply(event, new EventFacts(request.provinceCode(), null,
                List.of(request.sendingUnitCode(), request.receivingUnitCode()), List.of(request.sendingUnitCode()),
                List.of(request.receivingUnitCode()), List.of(request.personId()), Set.of(), messageKey,
                values.asMap()));
    }
}
