package vn.twotier.staffing.unit;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitRetired;

/**
 * The staffing service's own copy of the register, built from unit events. Every write is an upsert keyed by
 * (code, valid-from) that sets absolute values, so applying an event twice leaves the same document.
 */
@Service
public class UnitReadModel {

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher publisher;

    public UnitReadModel(MongoTemplate mongo, ApplicationEventPublisher publisher) {
        this.mongo = mongo;
        this.publisher = publisher;
    }

    public void apply(UnitRegistered event) {
        Update update = new Update()
                .set("code", event.unitCode())
                .set("validFrom", event.validFrom())
                .set("name", nfc(event.name()))
                .set("type", event.type())
                .set("provinceCode", event.provinceCode())
                .set("districtName", event.districtName() == null ? null : nfc(event.districtName()))
                .set("areaKm2", event.areaKm2())
                .set("predecessors", event.predecessors());
        // A retirement already applied wins over a redelivered registration without an end date.
        if (event.validTo() != null) {
            update.set("validTo", event.validTo());
        }
        upsert(event.unitCode(), event.validFrom(), update);
    }

    public void apply(UnitRetired event) {
        retire(event);
        publisher.publishEvent(new UnitRetiredApplied(event));
    }

    private void retire(UnitRetired event) {
        upsert(event.unitCode(), event.validFrom(), new Update()
                .set("code", event.unitCode())
                .set("validFrom", event.validFrom())
                .set("validTo", event.validTo())
                .set("provinceCode", event.provinceCode())
                .set("successors", event.successors()));
    }

    /** Sets the class (loại I/II/III) a unit needs for pre-reform norms; not carried by register events. */
    public UnitVersion setClass(String code, LocalDate validFrom, String unitClass) {
        String id = UnitVersion.idOf(code, validFrom);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("unitClass", unitClass),
                UnitVersion.class);
        UnitVersion unit = mongo.findById(id, UnitVersion.class);
        if (unit != null) {
            publisher.publishEvent(new UnitChanged(id, unit.code(), unit.provinceCode()));
        }
        return unit;
    }

    /**
     * Sets the population (permanent + converted temporary residents, as at 31 Dec) that Decree 33/2023 increments
     * are counted from; not carried by register events. Null clears it.
     */
    public UnitVersion setPopulation(String code, LocalDate validFrom, Long population, LocalDate populationAsOf) {
        String id = UnitVersion.idOf(code, validFrom);
        mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("population", population)
                .set("populationAsOf", populationAsOf), UnitVersion.class);
        UnitVersion unit = mongo.findById(id, UnitVersion.class);
        if (unit != null) {
            publisher.publishEvent(new UnitChanged(id, unit.code(), unit.provinceCode()));
        }
        return unit;
    }

    private void upsert(String code, LocalDate validFrom, Update update) {
        String id = UnitVersion.idOf(code, validFrom);
        mongo.upsert(Query.query(Criteria.where("_id").is(id)), update, UnitVersion.class);
        // by id only: register imports bring thousands of these events and the embedded store ignores indexes
        publisher.publishEvent(new UnitChanged(id, code, (String) update.getUpdateObject()
                .get("$set", org.bson.Document.class).get("provinceCode")));
    }

    /** Versions of a province's units; with a date, only those in force on it. */
    public List<UnitVersion> inProvince(String provinceCode, LocalDate asOf) {
        Query query = Query.query(Criteria.where("provinceCode").is(provinceCode))
                .with(Sort.by("code", "validFrom"));
        List<UnitVersion> units = mongo.find(query, UnitVersion.class);
        return asOf == null ? units : units.stream().filter(unit -> unit.inForceOn(asOf)).toList();
    }

    public List<UnitVersion> versions(String code) {
        return mongo.find(Query.query(Criteria.where("code").is(code)).with(Sort.by("validFrom")),
                UnitVersion.class);
    }

    /** The version of {@code code} in force on {@code asOf}, or the latest version when no date is given. */
    public Optional<UnitVersion> find(String code, LocalDate asOf) {
        List<UnitVersion> versions = versions(code);
        if (asOf == null) {
            return versions.stream().max(Comparator.comparing(UnitVersion::validFrom));
        }
        // if a retirement has not arrived yet, two versions overlap: the newer one is the unit of that day
        return versions.stream().filter(unit -> unit.inForceOn(asOf)).max(Comparator.comparing(UnitVersion::validFrom));
    }

    public Optional<UnitVersion> version(String code, LocalDate validFrom) {
        return Optional.ofNullable(mongo.findById(UnitVersion.idOf(code, validFrom), UnitVersion.class));
    }

    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
