package vn.twotier.support.outbox;

import java.util.List;

/** The aggregate classes whose documents carry an outbox; each service declares one bean of this. */
public record OutboxCollections(List<Class<? extends OutboxAggregate>> aggregates) {

    @SafeVarargs
    public static OutboxCollections of(Class<? extends OutboxAggregate>... aggregates) {
        return new OutboxCollections(List.of(aggregates));
    }
}
