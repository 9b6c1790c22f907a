package vn.twotier.support.correlation;

import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * The correlation id of the user action (or incoming event) being handled on this thread, and the id of what
 * caused the current work. Events recorded during that work carry both.
 */
public final class CorrelationContext {

    public static final String HEADER = "X-Correlation-Id";
    private static final ThreadLocal<Ids> CURRENT = new ThreadLocal<>();

    private CorrelationContext() {
    }

    public record Ids(String correlationId, @Nullable String causationId) {
    }

    public static Ids current() {
        Ids ids = CURRENT.get();
        return ids != null ? ids : new Ids(UUID.randomUUID().toString(), null);
    }

    public static <T> T callWith(Ids ids, Supplier<T> work) {
        Ids previous = CURRENT.get();
        CURRENT.set(ids);
        MDC.put("correlationId", ids.correlationId());
        try {
            return work.get();
        } finally {
            if (previous == null) {
                CURRENT.remove();
                MDC.remove("correlationId");
            } else {
                CURRENT.set(previous);
                MDC.put("correlationId", previous.correlationId());
            }
        }
    }

    public static void runWith(Ids ids, Runnable work) {
        callWith(ids, () -> {
            work.run();
            return null;
        });
    }
}
