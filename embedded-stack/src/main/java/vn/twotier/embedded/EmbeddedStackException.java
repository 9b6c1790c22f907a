package vn.twotier.embedded;

/**
 * A start-up problem of the embedded stack, described for a human: the launcher prints {@link #getMessage()} and exits,
 * without a stack trace, so the message must say what is wrong and what to do about it.
 */
public class EmbeddedStackException extends RuntimeException {

    public EmbeddedStackException(String message) {
        super(message);
    }

    public EmbeddedStackException(String message, Throwable cause) {
        super(message, cause);
    }
}
