package vn.twotier.support.consumer;

/** An event a handler can never apply (invalid for this service): dead-lettered at once, without retries. */
public class NonRetryableEventException extends RuntimeException {

    public NonRetryableEventException(String message) {
        super(message);
    }
}
