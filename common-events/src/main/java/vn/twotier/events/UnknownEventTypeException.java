package vn.twotier.events;

/** A record whose CloudEvents type (or version) this consumer does not know: dead-lettered, never retried. */
public class UnknownEventTypeException extends RuntimeException {

    public UnknownEventTypeException(String type) {
        super("Unknown event type or version: " + type);
    }
}
