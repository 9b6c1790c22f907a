package vn.twotier.notification.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the rules and templates need to know about one event, whatever its type: its province, the units it is
 * about, the conditions it meets, and the message (template key and values) that describes it.
 */
public record EventFacts(
        String provinceCode,
        @Nullable String provinceName,
        List<String> unitCodes,
        Set<String> conditions,
        String messageKey,
        Map<String, Object> values) {

    public EventFacts {
        unitCodes = List.copyOf(unitCodes);
        conditions = Set.copyOf(conditions);
    }
}
