package vn.twotier.events.staffing;

import java.util.List;

import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A roster import (file or synthetic generator) changed the staff of a province's units; ids only, no personal data. */
@EventType(value = "vn.twotier.staffing.roster.imported.v1", topic = Topics.STAFFING_ROSTERS)
public record RosterImported(
        String importId,
        String provinceCode,
        String source,
        int staffAdded,
        int staffUpdated,
        int staffRemoved,
        List<String> unitCodes) implements DomainEvent {

    @Override
    public String aggregateId() {
        return provinceCode;
    }
}
