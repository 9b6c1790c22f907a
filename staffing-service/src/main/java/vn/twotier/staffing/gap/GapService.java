package vn.twotier.staffing.gap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.staffing.reference.Decree33Increments;
import vn.twotier.staffing.reference.FrameIncrements;
import vn.twotier.staffing.reference.NormCatalog;
import vn.twotier.staffing.reference.AppliedNorms;
import vn.twotier.staffing.reference.PopulationAreaStandard;
import vn.twotier.staffing.reference.StandardCatalog;
import vn.twotier.staffing.reference.PositionCatalog;
import vn.twotier.staffing.reference.Specialty;
import vn.twotier.staffing.reference.StaffingNorm;
import vn.twotier.staffing.reference.UnitNorms;
import vn.twotier.staffing.roster.RosterImporter;
import vn.twotier.staffing.roster.RosterStore;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.roster.UnitRoster;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.web.NotFoundException;

/** Computes gaps on demand for any date: per unit, and per province with its summary. */
@Service
public class GapService {

    private final UnitReadModel units;
    private final RosterStore rosters;
    private final NormCatalog norms;
    private final UnitNorms unitNorms;
    private final PositionCatalog catalog;
    private final StandardCatalog standards;
    private final int defaultThreshold;

    public GapService(UnitReadModel units, RosterStore rosters, NormCatalog norms, UnitNorms unitNorms,
            PositionCatalog catalog, StandardCatalog standards, @Value("${twotier.staffing.large-unit-threshold:80}") int defaultThreshold) {
        this.units = units;
        this.rosters = rosters;
        this.norms = norms;
        this.unitNorms = unitNorms;
        this.catalog = catalog;
        this.standards = standards;
        this.defaultThreshold = defaultThreshold;
    }

    /** Reference data and norms, read once for a whole computation. */
    public Context context() {
        return new Context(norms.all(), new Lazy<>(standards::all), new GapCalculator.Reference(catalog.positionsByCode(),
                catalog.specialties().stream().collect(Collectors.toMap(Specialty::code, Function.identity())),
                catalog::positionNorms, defaultThreshold));
    }

    /** {@code standards} are read only when a unit with Decree 33 increment rules turns up, once. */
    public record Context(List<StaffingNorm> norms, java.util.function.Supplier<List<PopulationAreaStandard>> standards,
            GapCalculator.Reference reference) {
    }

    private static final class Lazy<T> implements java.util.function.Supplier<T> {
        private final java.util.function.Supplier<T> source;
        private volatile T value;

        Lazy(java.util.function.Supplier<T> source) {
            this.source = source;
        }

        @Override
        public T get() {
            T read = value;
            if (read == null) {
                read = source.get();
                value = read;
            }
            return read;
        }
    }

    public UnitGap unit(String code, LocalDate asOf) {
        UnitVersion unit = units.find(code, asOf).orElseThrow(() -> new NotFoundException("unit",
                "No unit " + code + " in force on " + asOf + " is known to the staffing service."));
        UnitGap gap = compute(context(), unit, rosters.staffOf(unit.code(), unit.validFrom()), asOf);
        if (gap.normId() == null) {
            throw new NotFoundException("norm", "No staffing frame applies to " + unit.name() + " on " + asOf + ".");
        }
        return gap;
    }

    public UnitGap compute(Context context, UnitVersion unit, List<StaffMember> staff, LocalDate asOf) {
        AppliedNorms applied = unitNorms.resolve(context.norms(), unit, asOf);
        FrameIncrements increments = Decree33Increments.compute(context.norms(), applied.frame(), unit.type(),
                applied.unitClass(), unit.provinceCode(), asOf,
                () -> StandardCatalog.applicable(context.standards().get(), unit.type(), unit.provinceCode(), asOf)
                        .orElse(null),
                new Decree33Increments.UnitFigures(unit.population(), unit.areaKm2()));
        return GapCalculator.compute(unit, staff, applied, increments, asOf, context.reference());
    }

    /** Every commune-level unit of the province in force on {@code asOf}, with its gap. */
    public List<UnitGap> units(String provinceCode, LocalDate asOf) {
        Context context = context();
        Map<String, UnitRoster> byUnit = rosters.ofProvince(provinceCode);
        List<UnitGap> gaps = new ArrayList<>();
        for (UnitVersion unit : units.inProvince(provinceCode, asOf)) {
            if (RosterImporter.COMMUNE_LEVEL.contains(unit.type())) {
                UnitRoster roster = byUnit.get(UnitVersion.idOf(unit.code(), unit.validFrom()));
                gaps.add(compute(context, unit, roster == null ? List.of() : roster.staff(), asOf));
            }
        }
        return gaps;
    }

    public ProvinceGapSummary province(String provinceCode, LocalDate asOf) {
        List<UnitGap> gaps = units(provinceCode, asOf);
        if (gaps.isEmpty()) {
            throw new NotFoundException("province", "No commune-level unit of province " + provinceCode
                    + " in force on " + asOf + " is known to the staffing service.");
        }
        List<UnitGap> framed = gaps.stream().filter(gap -> gap.normId() != null).toList();
        Map<String, List<String>> missing = new TreeMap<>();
        framed.forEach(gap -> gap.missingSpecialties().forEach(specialty ->
                missing.computeIfAbsent(specialty, key -> new ArrayList<>()).add(gap.unitCode())));
        Map<String, Integer> missingCounts = new LinkedHashMap<>();
        missing.forEach((specialty, codes) -> missingCounts.put(specialty, codes.size()));
        int threshold = framed.stream().mapToInt(UnitGap::threshold).max().orElse(defaultThreshold);
        return new ProvinceGapSummary(provinceCode, asOf, gaps.size(),
                (int) framed.stream().filter(gap -> gap.totalStaff() > 0).count(),
                count(framed, GapStatus.SURPLUS), count(framed, GapStatus.AT_FRAME), count(framed, GapStatus.SHORT),
                framed.stream().mapToInt(UnitGap::actual).sum(), framed.stream().mapToInt(UnitGap::frame).sum(),
                framed.stream().mapToInt(gap -> Math.max(0, gap.surplus())).sum(),
                framed.stream().mapToInt(UnitGap::shortage).sum(), framed.stream().mapToInt(UnitGap::surplus).sum(),
                missingCounts, missing, threshold,
                framed.stream().filter(UnitGap::atOrAboveThreshold).map(UnitGap::unitCode).toList(),
                gaps.stream().filter(gap -> gap.normId() == null).map(UnitGap::unitCode).toList(),
                framed.stream().map(gap -> new ProvinceGapSummary.UnitRow(gap.unitCode(), gap.name(), gap.type(),
                        gap.normId(), gap.frame(), gap.actual(), gap.incomingSecondees(), gap.outgoingSecondees(),
                        gap.surplus(), gap.status().name(), gap.totalStaff(), gap.missingSpecialties(),
                        gap.frameIncrements() == null ? null : gap.frameIncrements().baseFrame(),
                        gap.frameIncrements() == null ? null : gap.frameIncrements().incrementsKnown())).toList());
    }

    private static int count(List<UnitGap> gaps, GapStatus status) {
        return (int) gaps.stream().filter(gap -> gap.status() == status).count();
    }
}
