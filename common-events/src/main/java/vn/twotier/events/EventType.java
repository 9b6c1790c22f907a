package vn.twotier.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds an event record to its versioned CloudEvents type ({@code vn.twotier.<service>.<aggregate>.<event>.v<N>})
 * and the topic it is published on. A breaking change to the record is a new record with a new version.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String value();

    String topic();
}
