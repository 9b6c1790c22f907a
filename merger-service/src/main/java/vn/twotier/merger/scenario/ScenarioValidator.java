package vn.twotier.merger.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.ProposedPart;
import vn.twotier.events.merger.UnitType;
import vn.twotier.merger.register.UnitLookup;
import vn.twotier.merger.register.UnitTypes;
import vn.twotier.merger.register.UnitVersion;
import vn.twotier.merger.register.query.RegisterQueries;
import vn.twotier.support.web.Violation;

/**
 * Checks a scenario against the register as it stands the day before the effective date, listing every problem:
 * unknown units or units of another province, a unit used twice (unless partial shares that add up), codes and
 * names already taken on the effective date, type rules (a ward only from wards and townships unless a legal basis
 * is stated); and warnings, e.g. for units proposed without any change.
 */
@Component
public class ScenarioValidator {

    private static final double TOLERANCE = 1e-6;

    private final MongoTemplate mongo;
    private final UnitLookup lookup;

    public ScenarioValidator(MongoTemplate mongo, UnitLookup lookup) {
        this.mongo = mongo;
        this.lookup = lookup;
    }

    public ValidationReport validate(Scenario scenario) {
        return validate(scenario.getId(), scenario.getProvinceCode(), scenario.getEffectiveDate(), scenario.getUnits());
    }

    public ValidationReport validate(String scenarioId, String provinceCode, LocalDate effectiveDate,
            List<ScenarioUnit> units) {
        List<Violation> errors = new ArrayList<>();
        List<Violation> warnings = new ArrayList<>();
        if (units.isEmpty()) {
            errors.add(Violation.ofField("units", "no-units", "The scenario proposes no unit."));
            return ValidationReport.of(errors, warnings);
        }
        LocalDate dayBefore = effectiveDate.minusDays(1);
        Map<String, UnitVersion> existing = partsValidOn(units, dayBefore);
        Map<String, List<Use>> uses = new LinkedHashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        Map<String, Integer> names = new HashMap<>();
        for (int u = 0; u < units.size(); u++) {
            ScenarioUnit unit = units.get(u);
            String at = "units[" + u + "]";
            Integer sameCode = codes.putIfAbsent(unit.code(), u);
            if (sameCode != null) {
                errors.add(Violation.ofField(at + ".code", "duplicate-code", "Code " + unit.code()
                        + " is proposed twice (also units[" + sameCode + "])."));
            }
            Integer sameName = names.putIfAbsent(nameKey(unit.name()), u);
            if (sameName != null) {
                errors.add(Violation.ofField(at + ".name", "duplicate-name", "Name \"" + unit.name()
                        + "\" is proposed twice in the province (also units[" + sameName + "])."));
            }
            if (!UnitTypes.POST_REFORM.contains(unit.type())) {
                errors.add(Violation.ofField(at + ".type", "type-not-allowed", "A commune-level unit is now a xã, "
                        + "phường or đặc khu, not " + unit.type().vietnamese() + "."));
            }
            if (unit.parts().isEmpty()) {
                errors.add(Violation.ofField(at + ".parts", "no-parts", unit.name() + " is made of no existing unit."));
            }
            for (int p = 0; p < unit.parts().size(); p++) {
                ProposedPart part = unit.parts().get(p);
                String partAt = at + ".parts[" + p + "]";
                uses.computeIfAbsent(part.unitCode(), code -> new ArrayList<>()).add(new Use(partAt, unit, part));
                checkPart(provinceCode, dayBefore, existing.get(part.unitCode()), part, partAt, errors);
            }
            checkTypeRule(unit, existing, at, errors);
            warnIfUnchanged(unit, existing, at, warnings);
        }
        uses.forEach((code, list) -> checkUses(code, list, errors, warnings));
        checkTaken(scenarioId, provinceCode, effectiveDate, units, uses.keySet(), errors);
        return ValidationReport.of(errors, warnings);
    }

    private record Use(String at, ScenarioUnit unit, ProposedPart part) {
    }

    private Map<String, UnitVersion> partsValidOn(List<ScenarioUnit> units, LocalDate day) {
        Set<String> codes = new HashSet<>();
        units.forEach(unit -> unit.parts().forEach(part -> codes.add(part.unitCode())));
        Map<String, UnitVersion> found = new HashMap<>();
        lookup.validOn(codes, day).forEach(unit -> found.put(unit.getCode(), unit));
        return found;
    }

    private static void checkPart(String provinceCode, LocalDate dayBefore, UnitVersion unit, ProposedPart part,
            String at, List<Violation> errors) {
        if (unit == null) {
            errors.add(Violation.ofField(at + ".unitCode", "unknown-unit", "No unit " + part.unitCode()
                    + " is in the register on " + dayBefore + "."));
            return;
        }
        if (!UnitTypes.COMMUNE_LEVEL.contains(unit.getType()) && unit.getType() != UnitType.DISTRICT) {
            errors.add(Violation.ofField(at + ".unitCode", "not-mergeable", unit.getName() + " ("
                    + part.unitCode() + ") is a " + unit.getType().vietnamese() + ", not a commune-level unit."));
        }
        if (!unit.getProvinceCode().equals(provinceCode)) {
            errors.add(Violation.ofField(at + ".unitCode", "other-province", unit.getName() + " ("
                    + part.unitCode() + ") belongs to province " + unit.getProvinceCode() + ", not " + provinceCode
                    + "."));
        }
        Double fraction = part.fraction();
        if (fraction != null && (fraction <= 0 || fraction > 1
                || part.share() == MergeShare.FULL && Math.abs(fraction - 1) > TOLERANCE)) {
            errors.add(Violation.ofField(at + ".fraction", "invalid-fraction", "Fraction " + fraction
                    + " does not fit a " + part.share().name().toLowerCase(Locale.ROOT) + " share."));
        }
    }

    private static void checkTypeRule(ScenarioUnit unit, Map<String, UnitVersion> existing, String at,
            List<Violation> errors) {
        if (unit.type() != UnitType.WARD || unit.basis() != null && !unit.basis().isBlank()) {
            return;
        }
        List<String> rural = unit.parts().stream().map(part -> existing.get(part.unitCode())).filter(Objects::nonNull)
                .filter(part -> part.getType() != UnitType.WARD && part.getType() != UnitType.TOWNSHIP)
                .map(part -> part.getName() + " (" + part.getCode() + ")").toList();
        if (!rural.isEmpty()) {
            errors.add(Violation.ofField(at + ".type", "ward-from-rural-units", unit.name() + " would be a ward made "
                    + "of " + String.join(", ", rural) + "; a ward is made of wards and townships unless a legal "
                    + "basis is stated."));
        }
    }

    private static void warnIfUnchanged(ScenarioUnit unit, Map<String, UnitVersion> existing, String at,
            List<Violation> warnings) {
        if (unit.parts().size() != 1 || unit.parts().get(0).share() != MergeShare.FULL) {
            return;
        }
        UnitVersion only = existing.get(unit.parts().get(0).unitCode());
        if (only != null && only.getCode().equals(unit.code()) && only.getName().equals(unit.name())
                && only.getType() == unit.type()) {
            warnings.add(Violation.ofField(at, "no-change", unit.name() + " (" + unit.code()
                    + ") stays as it is; it would get a new version without any change."));
        }
    }

    private static void checkUses(String code, List<Use> uses, List<Violation> errors, List<Violation> warnings) {
        boolean anyFull = uses.stream().anyMatch(use -> use.part().share() == MergeShare.FULL);
        if (uses.size() > 1 && anyFull) {
            for (Use use : uses.subList(1, uses.size())) {
                errors.add(Violation.ofField(use.at() + ".unitCode", "unit-used-twice", "Unit " + code
                        + " goes into " + use.unit().name() + " and into " + uses.get(0).unit().name()
                        + "; a unit used more than once must be split in partial shares."));
            }
            return;
        }
        if (anyFull) {
            return;
        }
        List<Double> fractions = uses.stream().map(use -> use.part().fraction()).toList();
        if (fractions.stream().allMatch(Objects::nonNull)) {
            double sum = fractions.stream().mapToDouble(Double::doubleValue).sum();
            if (Math.abs(sum - 1) > 1e-3) {
                errors.add(Violation.ofField(uses.get(0).at() + ".fraction", "shares-do-not-add-up", "The partial "
                        + "shares of unit " + code + " add up to " + Math.round(sum * 1000) / 1000.0 + ", not 1."));
            }
        } else if (fractions.stream().anyMatch(Objects::nonNull)) {
            warnings.add(Violation.ofField(uses.get(0).at() + ".fraction", "shares-partly-unknown", "Only some "
                    + "partial shares of unit " + code + " have a fraction; they cannot be checked to add up."));
        } else if (uses.size() == 1) {
            warnings.add(Violation.ofField(uses.get(0).at(), "partial-single-use", "Only part of unit " + code
                    + " goes into " + uses.get(0).unit().name() + "; the scenario does not say where the rest goes."));
        }
    }

    /** Codes and names on the effective date belong to units that stay; this scenario's own earlier writes do not count. */
    private void checkTaken(String scenarioId, String provinceCode, LocalDate effectiveDate, List<ScenarioUnit> units,
            Set<String> affected, List<Violation> errors) {
        Set<String> proposedCodes = new HashSet<>();
        units.forEach(unit -> proposedCodes.add(unit.code()));
        String ownWrites = "scenario:" + scenarioId;
        Map<String, UnitVersion> byCode = new HashMap<>();
        lookup.validOn(proposedCodes, effectiveDate).stream()
                .filter(unit -> !affected.contains(unit.getCode()) && !ownWrites.equals(unit.getChangedBy()))
                .forEach(unit -> byCode.put(unit.getCode(), unit));
        Map<String, UnitVersion> byName = new HashMap<>();
        mongo.find(Query.query(new Criteria().andOperator(Criteria.where("provinceCode").is(provinceCode),
                RegisterQueries.validOn(effectiveDate))), UnitVersion.class).stream()
                .filter(unit -> !affected.contains(unit.getCode()) && !ownWrites.equals(unit.getChangedBy()))
                .forEach(unit -> byName.put(nameKey(unit.getName()), unit));
        for (int u = 0; u < units.size(); u++) {
            ScenarioUnit unit = units.get(u);
            UnitVersion holder = byCode.get(unit.code());
            if (holder != null) {
                errors.add(Violation.ofField("units[" + u + "].code", "code-taken", "Code " + unit.code()
                        + " belongs to " + holder.getName() + " (province " + holder.getProvinceCode()
                        + "), which stays in the register on " + effectiveDate + "."));
            }
            UnitVersion namesake = byName.get(nameKey(unit.name()));
            if (namesake != null) {
                errors.add(Violation.ofField("units[" + u + "].name", "name-taken", "The province already has "
                        + namesake.getName() + " (" + namesake.getCode() + ") on " + effectiveDate + "."));
            }
        }
    }

    private static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
