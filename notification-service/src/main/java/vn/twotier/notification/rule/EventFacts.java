package vn.twotier.notification.rule;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

/**
 * What the rules and templates need to know about one event, whatever its type: its province, the units (and for
 * secondments the sending and receiving units and the person) it is about, the conditions it meets, and the message
 * (template key and values, computed when needed) that describes it.
 */
public record EventFacts(
        String provinceCode,
        @Nullable String provinceName,
        List<String> unitCodes,
        List<String> sendingUnitCodes,
        List<String> receivingUnitCodes,
        List<String> personIds,
        Set<String> conditions,
        String messageKey,
        Supplier<Map<String, Object>> values) {

    public EventFacts {
        unitCodes = List.copyOf(unitCodes);
        sendingUnitCodes = List.copyOf(sendingUnitCodes);
        receivingUnitCodes = List.copyOf(receivingUnitCodes);
        personIds = List.copyOf(personIds);
        conditions = Set.copyOf(conditions);
    }

    /** Facts whose message values are already at hand. */
    public EventFacts(String provinceCode, @Nullable String provinceName, List<String> unitCodes,
            List<String> sendingUnitCodes, List<String> receivingUnitCodes, List<String> personIds,
            Set<String> conditions, String messageKey, Map<String, Object> values) {
        this(provinceCode, provinceName, unitCodes, sendingUnitCodes, receivingUnitCodes, personIds, conditions,
                messageKey, () -> values);
    }

    /** An event about units only (no secondment sides, no person). */
    public EventFacts(String provinceCode, @Nullable String provinceName, List<String> unitCodes,
            Set<String> conditions, String messageKey, Map<String, Object> values) {
        this(provinceCode, provinceName, unitCodes, conditions, messageKey, () -> values);
    }

    /**
     * An event about units only whose message values are looked up only when someone is to be notified: most
     * register and gap events notify nobody, and naming their units costs reads.
     */
    public EventFacts(String provinceCode, @Nullable String provinceName, List<String> unitCodes,
            Set<String> conditions, String messageKey, Supplier<Map<String, Object>> values) {
        this(provinceCode, provinceName, unitCodes, List.of(), List.of(), List.of(), conditions, messageKey, values);
    }

    /** The unit codes (or, for {@link Scope#PERSON}, the person ids) a scope stands for in this event. */
    public List<String> in(Scope scope) {
        return switch (scope) {
            case PROVINCE -> List.of(provinceCode);
            case EVENT_UNITS -> unitCodes;
            case SENDING_UNIT -> sendingUnitCodes;
            case RECEIVING_UNIT -> receivingUnitCodes;
            case PERSON -> personIds;
        };
    }
}
