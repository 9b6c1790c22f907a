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

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Register")
public class UnitController {

    private final RegisterQueries queries;
    private final UnitViewMapper mapper;
    private final Clock clock;

    public UnitController(RegisterQueries queries, UnitViewMapper mapper, Clock clock) {
        this.queries = queries;
        this.mapper = mapper;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Search units by name (any case, with or without tone marks) or by code prefix")
    public List<UnitView> search(@Parameter(description = "e.g. \"thanh vinh\" or \"1668\"") @RequestParam String q,
            @RequestParam(required = false) @Nullable String provinceCode,
            @Parameter(description = "only versions valid on this day; all versions if absent")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf,
            @RequestParam(defaultValue = "50") int limit) {
        return mapper.toViews(queries.search(q, provinceCode, asOf, Math.min(Math.max(limit, 1), 500)));
    }

    @GetMapping("/{code}")
    @Operation(summary = "The version of a unit valid on a day (default today)")
    public UnitView unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        return mapper.toView(queries.unit(code, asOf != null ? asOf : LocalDate.now(clock)));
    }

    @GetMapping("/{code}/history")
    @Operation(summary = "Every version of a code and its lineage both ways, at any depth")
    public UnitHistory history(@PathVariable String code) {
        return queries.history(code, mapper);
    }
}
