package vn.twotier.merger.register.query;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.events.merger.UnitType;

@RestController
@RequestMapping("/api/v1/provinces")
@Tag(name = "Register", description = "The temporal register of administrative units")
public class ProvinceController {

    private final RegisterQueries queries;
    private final UnitViewMapper mapper;
    private final Clock clock;

    public ProvinceController(RegisterQueries queries, UnitViewMapper mapper, Clock clock) {
        this.queries = queries;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Provinces valid on a day (default today)")
    public List<UnitView> provinces(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
            @Nullable LocalDate asOf) {
        return mapper.toViews(queries.provinces(day(asOf)));
    }

    @GetMapping("/{code}/summary")
    @Operation(summary = "Commune-level units of a province on a day, counted by type",
            description = "Returns provinceCode, asOf, total, xa, phuong, dacKhu, thiTran and districts.")
    public ProvinceSummary summary(@PathVariable String code,
            @Parameter(description = "YYYY-MM-DD, default today") @RequestParam(required = false)
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return queries.summary(code, day(asOf));
    }

    @GetMapping("/{code}/units")
    @Operation(summary = "Units of a province valid on a day (default today), optionally of one type")
    public List<UnitView> units(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(required = false) @Nullable UnitType type) {
        return mapper.toViews(queries.unitsOf(code, day(asOf), type));
    }

    private LocalDate day(@Nullable LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
