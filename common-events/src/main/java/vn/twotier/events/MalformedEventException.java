package vn.twotier.events;

/** A record that is not a readable CloudEvent of its type: dead-lettered, never retried. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
