package vn.twotier.events.merger;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A version of an administrative unit entered the register (by import or by a scenario taking effect). */
@EventType(value = "vn.twotier.merger.unit.registered.v1", topic = Topics.MERGER_UNITS)
public record UnitRegistered(
        String unitCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo,
        String name,
        UnitType type,
        String provinceCode,
        @Nullable String districtName,
        @Nullable Double areaKm2,
        List<LineageLink> predecessors) implements DomainEvent {

    @Override
    public String aggregateId() {
        return unitCode;
    }
}
