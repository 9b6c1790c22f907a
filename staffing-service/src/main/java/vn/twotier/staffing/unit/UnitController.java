package vn.twotier.staffing.unit;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.Pattern;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.web.NotFoundException;

/** The staffing service's view of the register (read model built from merger-service events). */
@RestController
@RequestMapping("/api/v1/units")
class UnitController {

    private final UnitReadModel units;
    private final UnitMapper mapper;

    UnitController(UnitReadModel units, UnitMapper mapper) {
        this.units = units;
        this.mapper = mapper;
    }

    /** Units of a province; with {@code asOf}, only the versions in force that day, else every known version. */
    @GetMapping
    List<UnitView> list(@RequestParam String provinceCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return mapper.toViews(units.inProvince(provinceCode, asOf));
    }

    /** The version in force on {@code asOf}, or the latest version of the code. */
    @GetMapping("/{code}")
    UnitView get(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return units.find(code, asOf).map(mapper::toView)
                .orElseThrow(() -> new NotFoundException("unit", "No unit " + code
                        + (asOf == null ? "" : " in force on " + asOf) + " is known to the staffing service."));
    }

    /** Every version of a code (before and after a reform that reused it). */
    @GetMapping("/{code}/versions")
    List<UnitView> versions(@PathVariable String code) {
        return mapper.toViews(units.versions(code));
    }

    record ClassRequest(@Pattern(regexp = "I|II|III") String unitClass) {
    }

    /** Sets the class (loại I/II/III) that Decree 33/2023 norms depend on; register events do not carry it. */
    @PutMapping("/{code}/versions/{validFrom}/class")
    UnitView setClass(@PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestBody @jakarta.validation.Valid ClassRequest request) {
        units.version(code, validFrom).orElseThrow(() -> new NotFoundException("unit",
                "No unit " + code + " valid from " + validFrom + " is known to the staffing service."));
        return mapper.toView(units.setClass(code, validFrom, request.unitClass()));
    }

    record PopulationRequest(@jakarta.validation.constraints.PositiveOrZero Long population,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
    }

    /**
     * Sets the unit version's population (as at 31 Dec, {@code asOf}), from which Decree 33/2023 population
     * increments are counted; register events do not carry it. {@code population: null} clears it.
     */
    @PutMapping("/{code}/versions/{validFrom}/population")
    UnitView setPopulation(@PathVariable String code,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestBody @jakarta.validation.Valid PopulationRequest request) {
        units.version(code, validFrom).orElseThrow(() -> new NotFoundException("unit",
                "No unit " + code + " valid from " + validFrom + " is known to the staffing service."));
        return mapper.toView(units.setPopulation(code, validFrom, request.population(),
                request.population() == null ? null : request.asOf()));
    }
}
