package vn.twotier.staffing.support;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.twotier.events.merger.UnitRegistered;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.unit.UnitReadModel;

/** Puts units into the read model the way the UnitRegistered handler does, without a round trip through Kafka. */
public final class TestUnits {

    public static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private TestUnits() {
    }

    public static void register(UnitReadModel units, String province, String code, String name, UnitType type,
            LocalDate validFrom, String district) {
        units.apply(new UnitRegistered(code, validFrom, null, name, type, province, district, 25.0, List.of()));
    }

    /** {@code count} new communes of a province, codes prefix + 001…, valid from 1 July 2025. */
    public static List<String> communes(UnitReadModel units, String province, String prefix, int count) {
        List<String> codes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String code = prefix + "%03d".formatted(i);
            register(units, province, code, "Xã Thử Nghiệm " + i, UnitType.COMMUNE, REFORM, null);
            codes.add(code);
        }
        return codes;
    }
}
