package vn.twotier.events.staffing;

import java.time.LocalDate;
import java.util.List;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/**
 * A unit's staffing figures changed. {@code actual} counts incoming secondees and excludes outgoing ones;
 * {@code surplus} is actual minus frame (negative = shortage). Published only when a figure changes.
 */
@EventType(value = "vn.twotier.staffing.gap.changed.v1", topic = Topics.STAFFING_GAPS)
public record UnitStaffingGapChanged(
        String unitCode,
        String provinceCode,
        LocalDate asOf,
        String normRegime,
        int frame,
        int actual,
        int incomingSecondees,
        int outgoingSecondees,
        int surplus,
        GapStatus status,
        GapStatus previousStatus,
        List<String> missingSpecialties) implements DomainEvent {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}
