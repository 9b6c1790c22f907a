package vn.twotier.merger.register;

import java.time.Instant;

import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.RegisterImported;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * What one import (or one scenario taking effect) changed in one province. Written after the province's unit
 * versions, with its {@code RegisterImported} event in the same document.
 */
@Document("register_province_changes")
public class ProvinceChange extends OutboxAggregate {

    private String importId;
    private String provinceCode;
    private String provinceName;
    private int unitsRegistered;
    private int unitsRetired;
    private int unitsUnchanged;
    private @org.jspecify.annotations.Nullable String fileName;
    private String importedBy;
    private Instant at;

    protected ProvinceChange() {
    }

    static ProvinceChange of(String importId, ProvinceCounts counts, @org.jspecify.annotations.Nullable String fileName,
            String importedBy, Instant now) {
        ProvinceChange change = new ProvinceChange();
        // one document per write: a re-run of an interrupted write reports what it still changed
        change.id = importId + ":" + counts.provinceCode() + ":" + java.util.UUID.randomUUID();
        change.importId = importId;
        change.provinceCode = counts.provinceCode();
        change.provinceName = counts.provinceName();
        change.unitsRegistered = counts.registered();
        change.unitsRetired = counts.retired();
        change.unitsUnchanged = counts.unchanged();
        change.fileName = fileName;
        change.importedBy = importedBy;
        change.at = now;
        change.record(new RegisterImported(importId, change.provinceCode, change.provinceName, change.unitsRegistered,
                change.unitsRetired, change.unitsUnchanged, fileName, importedBy), now);
        return change;
    }

    public String getImportId() {
        return importId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public int getUnitsRegistered() {
        return unitsRegistered;
    }

    public int getUnitsRetired() {
        return unitsRetired;
    }

    public int getUnitsUnchanged() {
        return unitsUnchanged;
    }
}
