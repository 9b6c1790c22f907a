package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.unit.UnitVersion;

/** Resolves which norms apply to a unit on a date, given the norms in the store. */
@Component
public class UnitNorms {

    private final String defaultClass;

    public UnitNorms(@Value("${twotier.staffing.default-unit-class:II}") String defaultClass) {
        this.defaultClass = defaultClass;
    }

    public AppliedNorms resolve(List<StaffingNorm> norms, UnitVersion unit, LocalDate date) {
        return resolve(norms, unit.type(), unit.unitClass(), unit.provinceCode(), date);
    }

    public AppliedNorms resolve(List<StaffingNorm> norms, UnitType type, String unitClass, String provinceCode,
            LocalDate date) {
        String klass = unitClass != null ? unitClass : defaultClass;
        return new AppliedNorms(
                NormCatalog.applicable(norms, NormKind.FRAME, type, klass, provinceCode, date).orElse(null),
                NormCatalog.applicable(norms, NormKind.NON_PROFESSIONAL_FRAME, type, klass, provinceCode, date)
                        .orElse(null),
                NormCatalog.applicable(norms, NormKind.PARTY_FRAME, type, klass, provinceCode, date).orElse(null),
                NormCatalog.applicable(norms, NormKind.THRESHOLD, type, klass, provinceCode, date).orElse(null),
                klass, unitClass == null);
    }
}
