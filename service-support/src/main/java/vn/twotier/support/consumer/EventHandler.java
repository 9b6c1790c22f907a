package vn.twotier.support.consumer;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.ReceivedEvent;

/**
 * Reacts to one event type. Implementations are Spring beans; the dispatcher subscribes to the topic of every
 * handled type. A handler must tolerate a repeat of an event it already applied (crash after its write but
 * before the event was marked processed): use upserts keyed by ids, or versioned state.
 */
public interface EventHandler<T extends DomainEvent> {

    void handle(ReceivedEvent<T> event);
}
