package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A unit version ceased to exist at the end of {@code validTo}; its area went to the successors. */
@EventType(value = "vn.twotier.merger.unit.retired.v1", topic = Topics.MERGER_UNITS)
public record UnitRetired(
        String unitCode,
        LocalDate validFrom,
        LocalDate validTo,
        String provinceCode,
        List<LineageLink> successors) implements DomainEvent {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}
