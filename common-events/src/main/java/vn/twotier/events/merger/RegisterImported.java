package vn.twotier.events.merger;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.DomainEvent;
import vn.twotier.events.EventType;
import vn.twotier.events.Topics;

/** A register import finished for one province: what it added, retired and left unchanged. */
@EventType(value = "vn.twotier.merger.register.imported.v1", topic = Topics.MERGER_UNITS)
public record RegisterImported(
        String importId,
        String provinceCode,
        String provinceName,
        int unitsRegistered,
        int unitsRetired,
        int unitsUnchanged,
        @Nullable String fileName,
        String importedBy) implements DomainEvent {

    @Override
    public String aggregateId() {
        return provinceCode;
    }
}
