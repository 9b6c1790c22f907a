package vn.twotier.notification.delivery;

/** One attempt to deliver did not succeed; the message says why, for the operator. */
public class DeliveryException extends Exception {

    private final boolean permanent;

    public DeliveryException(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    /** True when retrying cannot help (e.g. the recipient no longer has this channel). */
    public boolean isPermanent() {
        return permanent;
    }
}
