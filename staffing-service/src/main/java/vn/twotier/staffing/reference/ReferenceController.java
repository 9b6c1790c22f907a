package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.events.merger.UnitType;
import vn.twotier.support.web.ConflictException;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Position catalogue, specialties, departments and staffing norms: read and edit. */
@RestController
@RequestMapping("/api/v1/reference")
class ReferenceController {

    private final PositionCatalog catalog;
    private final NormCatalog norms;
    private final ReferenceMapper mapper;
    private final StandardCatalog standards;

    ReferenceController(PositionCatalog catalog, NormCatalog norms, ReferenceMapper mapper,
            StandardCatalog standards) {
        this.standards = standards;
        this.catalog = catalog;
        this.norms = norms;
        this.mapper = mapper;
    }

    @GetMapping("/positions")
    List<Position> positions() {
        return catalog.positions();
    }

    @GetMapping("/positions/{code}")
    Position position(@PathVariable String code) {
        return catalog.position(code);
    }

    record PositionRequest(@jakarta.validation.constraints.NotBlank String nameVi,
            @jakarta.validation.constraints.NotBlank String nameEn,
            @jakarta.validation.constraints.NotBlank String department, @jakarta.validation.constraints.NotNull Block block,
            @jakarta.validation.constraints.NotNull StaffCategory category,
            @jakarta.validation.constraints.NotBlank String specialty, String role, String era) {
    }

    /** Adds or edits a catalogue position (a new revision). */
    @PutMapping("/positions/{code}")
    Position savePosition(@PathVariable String code, @RequestBody @Valid PositionRequest request) {
        return catalog.save(new Position(code, ReferenceCsv.nfc(request.nameVi()), request.nameEn(),
                request.department(), request.block(), request.category(), request.specialty(),
                request.role() == null ? "SPECIALIST" : request.role(), request.era() == null ? "2025" : request.era(),
                0, "http"));
    }

    @GetMapping("/specialties")
    List<Specialty> specialties() {
        return catalog.specialties();
    }

    @GetMapping("/departments")
    List<Department> departments() {
        return catalog.departments();
    }

    @GetMapping("/position-norms/{normSet}")
    List<PositionNorm> positionNorms(@PathVariable String normSet) {
        return catalog.positionNorms(normSet);
    }

    /** Every norm, or those in force on {@code asOf} (for a province: its own plus the national ones). */
    @GetMapping("/norms")
    List<NormView> norms(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String provinceCode) {
        if (asOf == null) {
            return mapper.toViews(norms.all().stream()
                    .filter(n -> provinceCode == null || n.provinceCode() == null
                            || n.provinceCode().equals(provinceCode)).toList());
        }
        return mapper.toViews(norms.inForce(asOf, provinceCode));
    }

    @GetMapping("/norms/{normId}")
    NormView norm(@PathVariable String normId) {
        return mapper.toView(norms.get(normId));
    }

    @GetMapping("/norms/{normId}/revisions")
    List<Map<String, Object>> revisions(@PathVariable String normId) {
        return norms.revisions(normId);
    }

    /** The norm of a kind that applies to a unit type/class in a province on a date. */
    @GetMapping("/norms/applicable")
    NormView applicable(@RequestParam UnitType unitType, @RequestParam(required = false) String unitClass,
            @RequestParam String provinceCode, @RequestParam(defaultValue = "FRAME") NormKind kind,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return norms.applicable(kind, unitType, unitClass, provinceCode, asOf).map(mapper::toView)
                .orElseThrow(() -> new vn.twotier.support.web.NotFoundException("norm", "No " + kind
                        + " norm applies to a " + unitType + " in province " + provinceCode + " on " + asOf + "."));
    }

    /** A new norm, typically a province's own override of a national one. */
    @PostMapping("/norms")
    @ResponseStatus(HttpStatus.CREATED)
    NormView create(@RequestBody @Valid NormRequest request) {
        List<Violation> missing = new ArrayList<>();
        require(missing, "normId", request.normId());
        require(missing, "regime", request.regime());
        require(missing, "effectiveFrom", request.effectiveFrom());
        require(missing, "kind", request.kind());
        require(missing, "unitTypes", request.unitTypes());
        require(missing, "category", request.category());
        if (!missing.isEmpty()) {
            throw new ValidationFailedException("invalid-norm", "A new norm lacks required fields.", missing);
        }
        if (norms.all().stream().anyMatch(n -> n.normId().equals(request.normId()))) {
            throw new ConflictException("duplicate-norm", "Norm " + request.normId() + " exists; PATCH it instead.");
        }
        StaffingNorm norm = new StaffingNorm(request.normId(), 0, request.regime(), request.effectiveFrom(),
                request.effectiveTo(), request.effectiveTo() == null ? null : request.effectiveTo().toString(),
                request.unitTypes().toString(), request.unitClass(), request.category(), request.maxCount(),
                request.ruleText(), request.sourceUrl(), request.kind(), EnumSet.copyOf(request.unitTypes()),
                request.countedBlocks() == null ? EnumSet.allOf(Block.class) : request.countedBlocks(),
                request.countedCategories() == null
                        ? EnumSet.of(StaffCategory.CADRE, StaffCategory.CIVIL_SERVANT) : request.countedCategories(),
                request.positionNormSet(), request.provinceCode(), "http", null);
        return mapper.toView(norms.create(norm));
    }

    /** Edits a norm: a new revision, the previous one kept. */
    @PatchMapping("/norms/{normId}")
    NormView revise(@PathVariable String normId, @RequestBody @Valid NormRequest request) {
        return mapper.toView(norms.revise(normId, request.expectedRevision(), request::applyTo));
    }

    /**
     * Population-size and natural-area standards (Res. 1211/2016, amended by 27/2022) that Decree 33/2023
     * increments are counted against: every one, or those in force on {@code asOf} (for a province: its own plus the
     * national ones). None is shipped.
     */
    @GetMapping("/standards")
    List<PopulationAreaStandard> standards(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String provinceCode) {
        return standards.all().stream().filter(s -> asOf == null || s.inForceOn(asOf))
                .filter(s -> provinceCode == null || s.provinceCode() == null || s.provinceCode().equals(provinceCode))
                .toList();
    }

    @GetMapping("/standards/{standardId}")
    PopulationAreaStandard standard(@PathVariable String standardId) {
        return standards.get(standardId);
    }

    @GetMapping("/standards/{standardId}/revisions")
    List<Map<String, Object>> standardRevisions(@PathVariable String standardId) {
        return standards.revisions(standardId);
    }

    record StandardRequest(@jakarta.validation.constraints.NotNull UnitType unitType,
            @jakarta.validation.constraints.Pattern(regexp = "\\d{2}") String provinceCode,
            @jakarta.validation.constraints.NotNull LocalDate effectiveFrom, LocalDate effectiveTo,
            @jakarta.validation.constraints.Positive Long population,
            @jakarta.validation.constraints.Positive Double areaKm2, String legalBasis, String note,
            Long expectedRevision) {
    }

    /**
     * Creates or replaces a standard (a new revision; the previous one kept). Either figure may be left out when it
     * is not known; the gaps of the province (every province for a national standard) are recomputed.
     */
    @PutMapping("/standards/{standardId}")
    PopulationAreaStandard saveStandard(
            @PathVariable @jakarta.validation.constraints.Pattern(regexp = "[A-Za-z0-9._-]{1,64}") String standardId,
            @RequestBody @Valid StandardRequest request) {
        if (request.effectiveTo() != null && request.effectiveTo().isBefore(request.effectiveFrom())) {
            throw new ValidationFailedException("invalid-standard", "The period ends before it starts.",
                    List.of(Violation.ofField("effectiveTo", "before-start", "effectiveTo is before effectiveFrom")));
        }
        return standards.save(new PopulationAreaStandard(standardId, 0, request.unitType(), request.provinceCode(),
                request.effectiveFrom(), request.effectiveTo(), request.population(), request.areaKm2(),
                request.legalBasis(), request.note(), "http"), request.expectedRevision());
    }

    private static void require(List<Violation> violations, String field, Object value) {
        if (value == null) {
            violations.add(Violation.ofField(field, "required", field + " is required for a new norm"));
        }
    }
}
