package vn.twotier.merger.register;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;
import vn.twotier.events.merger.UnitType;
import vn.twotier.events.merger.LineageLink;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * One version of an administrative unit, keyed by (code, valid-from): most new communes reuse a predecessor's code,
 * so a code alone does not identify a unit across 1 July 2025. Each version is its own aggregate and carries the
 * events of its own changes.
 */
@Document("units")
@CompoundIndex(name = "province_validity", def = "{'provinceCode': 1, 'validFrom': 1}")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class UnitVersion extends OutboxAggregate {

    @Indexed
    private String code;
    private LocalDate validFrom;
    private @Nullable LocalDate validTo;
    private String name;
    private UnitType type;
    private String provinceCode;
    private @Nullable String districtName;
    private @Nullable String formerProvinceName;
    private @Nullable Double areaKm2;
    private @Nullable String resolution;
    private List<LineageLink> predecessors = new ArrayList<>();
    private List<LineageLink> successors = new ArrayList<>();
    /** Folded name and code, for diacritic- and case-insensitive search ({@link Names#fold}). */
    @Indexed
    private String searchKey;
    private String changedBy;
    private Instant changedAt;

    protected UnitVersion() {
    }

    public static String idOf(String code, LocalDate validFrom) {
        return code + "@" + validFrom;
    }

    /** A version the register did not have: registered, and retired at once if the state already ends. */
    static UnitVersion register(UnitState state, String source, Instant now) {
        UnitVersion unit = new UnitVersion();
        unit.id = state.id();
        unit.apply(state, source, now);
        unit.record(unit.registered(), now);
        if (unit.validTo != null) {
            unit.record(unit.retiredEvent(), now);
        }
        return unit;
    }

    /** Brings an existing version to the wanted state; returns whether anything changed (and so was recorded). */
    Change update(UnitState state, String source, Instant now) {
        boolean registration = !state.sameRegistration(this);
        boolean retirement = !state.sameRetirement(this);
        if (!registration && !retirement) {
            return Change.NONE;
        }
        apply(state, source, now);
        if (registration) {
            record(registered(), now);
        }
        if (retirement && validTo != null) {
            record(retiredEvent(), now);
        }
        return new Change(registration, retirement && validTo != null);
    }

    /** What an update changed, for the import's counts. */
    record Change(boolean registered, boolean retired) {
        static final Change NONE = new Change(false, false);

        boolean any() {
            return registered || retired;
        }
    }

    private void apply(UnitState state, String source, Instant now) {
        code = state.code();
        validFrom = state.validFrom();
        validTo = state.validTo();
        name = state.name();
        type = state.type();
        provinceCode = state.provinceCode();
        districtName = state.districtName();
        formerProvinceName = state.formerProvinceName();
        areaKm2 = state.areaKm2();
        resolution = state.resolution();
        predecessors = new ArrayList<>(state.predecessors());
        successors = new ArrayList<>(state.successors());
        searchKey = Names.fold(name) + " " + code;
        changedBy = source;
        changedAt = now;
    }

    private UnitRegistered registered() {
        return new UnitRegistered(code, validFrom, validTo, name, type, provinceCode, districtName, areaKm2,
                List.copyOf(predecessors));
    }

    private UnitRetired retiredEvent() {
        return new UnitRetired(code, validFrom, validTo, provinceCode, List.copyOf(successors));
    }

    /** Valid on the given day (both ends inclusive). */
    public boolean validOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }

    public String getCode() {
        return code;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public @Nullable LocalDate getValidTo() {
        return validTo;
    }

    public String getName() {
        return name;
    }

    public UnitType getType() {
        return type;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public @Nullable String getDistrictName() {
        return districtName;
    }

    public @Nullable String getFormerProvinceName() {
        return formerProvinceName;
    }

    public @Nullable Double getAreaKm2() {
        return areaKm2;
    }

    public @Nullable String getResolution() {
        return resolution;
    }

    public List<LineageLink> getPredecessors() {
        return List.copyOf(predecessors);
    }

    public List<LineageLink> getSuccessors() {
        return List.copyOf(successors);
    }

    public String getSearchKey() {
        return searchKey;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
