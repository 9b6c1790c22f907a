package vn.twotier.staffing.roster;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.twotier.events.merger.UnitType;
import vn.twotier.staffing.reference.AppliedNorms;
import vn.twotier.staffing.reference.NormCatalog;
import vn.twotier.staffing.reference.PositionCatalog;
import vn.twotier.staffing.reference.Specialty;
import vn.twotier.staffing.reference.StaffingNorm;
import vn.twotier.staffing.reference.UnitNorms;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Roster files and the synthetic generator, both ending in {@link RosterService#apply}. */
@Service
public class RosterImporter {

    /** Commune-level units: the only ones with commune rosters. */
    public static final Set<UnitType> COMMUNE_LEVEL = EnumSet.of(UnitType.COMMUNE, UnitType.WARD, UnitType.TOWNSHIP,
            UnitType.SPECIAL_ZONE);

    /** The outcome of an import or a generation; the calibration fields are only set by the generator. */
    public record ImportResult(@Nullable String importId, boolean changed, String provinceCode, LocalDate asOf,
            int units, int staffTotal, int staffAdded, int staffUpdated, int staffRemoved, int unitsChanged,
            @Nullable String calibrationSource, @Nullable Integer calibratedCountedTotal,
            @Nullable Integer countedTotal) {
    }

    private final UnitReadModel units;
    private final PositionCatalog catalog;
    private final NormCatalog norms;
    private final UnitNorms unitNorms;
    private final SyntheticRosterGenerator generator;
    private final RosterService rosters;

    public RosterImporter(UnitReadModel units, PositionCatalog catalog, NormCatalog norms, UnitNorms unitNorms,
            SyntheticRosterGenerator generator, RosterService rosters) {
        this.units = units;
        this.catalog = catalog;
        this.norms = norms;
        this.unitNorms = unitNorms;
        this.generator = generator;
        this.rosters = rosters;
    }

    public ImportResult importFile(String provinceCode, LocalDate asOf, String fileName, byte[] content) {
        List<RosterFileReader.RawRow> rows = RosterFileReader.read(fileName, content);
        Map<String, UnitVersion> inForce = communeUnits(provinceCode, asOf).stream()
                .collect(Collectors.toMap(UnitVersion::code, Function.identity()));
        Set<String> specialties = catalog.specialties().stream().map(Specialty::code).collect(Collectors.toSet());
        Map<UnitVersion, List<StaffMember>> targets = new RosterRowParser(provinceCode, asOf, inForce,
                catalog.positionsByCode(), specialties).parse(rows);
        // the source names the file by its fingerprint, never by its name (names of files can name people)
        String source = "file:sha256:" + fingerprint(content);
        RosterService.Outcome outcome = rosters.apply(provinceCode, asOf, source, targets);
        return result(provinceCode, asOf, targets.size(), outcome, null);
    }

    public ImportResult generate(String provinceCode, long seed, LocalDate asOf) {
        List<UnitVersion> inForce = communeUnits(provinceCode, asOf);
        if (inForce.isEmpty()) {
            throw new ValidationFailedException("no-units", "The staffing service knows no commune-level unit of "
                    + "province " + provinceCode + " in force on " + asOf + "; import the register first.",
                    List.of(Violation.ofField("provinceCode", "no-units", "No units in force on " + asOf)));
        }
        List<StaffingNorm> all = norms.all();
        Map<UnitVersion, SyntheticRosterGenerator.UnitFrame> frames = new LinkedHashMap<>();
        for (UnitVersion unit : inForce) {
            AppliedNorms applied = unitNorms.resolve(all, unit, asOf);
            if (applied.frame() != null && applied.frame().positionNormSet() != null) {
                int nonProfessional = applied.nonProfessionalFrame() == null
                        || applied.nonProfessionalFrame().maxCount() == null ? 0
                        : applied.nonProfessionalFrame().maxCount();
                frames.put(unit, new SyntheticRosterGenerator.UnitFrame(applied.frameSize(),
                        applied.frame().positionNormSet(), nonProfessional));
            }
        }
        SyntheticRosterGenerator.Result generated = generator.generate(provinceCode, seed, asOf, inForce, frames,
                catalog.positionsByCode(), catalog::positionNorms);
        RosterService.Outcome outcome = rosters.apply(provinceCode, asOf, "generator:seed=" + seed,
                generated.rosters());
        return result(provinceCode, asOf, generated.rosters().size(), outcome, generated);
    }

    private List<UnitVersion> communeUnits(String provinceCode, LocalDate asOf) {
        return units.inProvince(provinceCode, asOf).stream().filter(unit -> COMMUNE_LEVEL.contains(unit.type()))
                .toList();
    }

    private static ImportResult result(String provinceCode, LocalDate asOf, int unitCount,
            RosterService.Outcome outcome, SyntheticRosterGenerator.Result generated) {
        return new ImportResult(outcome.importId(), outcome.changed(), provinceCode, asOf, unitCount,
                outcome.staffTotal(), outcome.staffAdded(), outcome.staffUpdated(), outcome.staffRemoved(),
                outcome.unitsChanged(), generated == null ? null : generated.calibrationSource(),
                generated == null ? null : generated.calibratedTotal(),
                generated == null ? null : generated.countedTotal());
    }

    private static String fingerprint(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(content), 0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
