package vn.twotier.merger.scenario.api;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.twotier.merger.Actor;
import vn.twotier.merger.register.RegisterProperties;
import vn.twotier.merger.scenario.Scenario;
import vn.twotier.merger.scenario.ScenarioExporter;
import vn.twotier.merger.scenario.ScenarioImporter;
import vn.twotier.merger.scenario.ScenarioService;
import vn.twotier.merger.scenario.ScenarioStatus;
import vn.twotier.merger.scenario.ValidationReport;
import vn.twotier.support.web.ApiException;

@RestController
@RequestMapping("/api/v1/scenarios")
@Tag(name = "Scenarios", description = "Merger scenarios: draft, submit, approve, take effect; compare; import and export")
public class ScenarioController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ScenarioService scenarios;
    private final ScenarioImporter importer;
    private final ScenarioExporter exporter;
    private final ScenarioMapper mapper;
    private final ScenarioViewAssembler views;
    private final RegisterProperties register;

    public ScenarioController(ScenarioService scenarios, ScenarioImporter importer, ScenarioExporter exporter,
            ScenarioMapper mapper, ScenarioViewAssembler views, RegisterProperties register) {
        this.scenarios = scenarios;
        this.importer = importer;
        this.exporter = exporter;
        this.mapper = mapper;
        this.views = views;
        this.register = register;
    }

    @PostMapping
    @Operation(summary = "Draft a scenario")
    public ResponseEntity<ScenarioViews.ScenarioView> create(@Valid @RequestBody ScenarioRequest request,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        Scenario scenario = scenarios.create(request.provinceCode(), request.name().strip(), request.effectiveDate(),
                mapper.toUnits(request.units()), null, Actor.of(user));
        return ResponseEntity.created(URI.create("/api/v1/scenarios/" + scenario.getId()))
                .eTag(etag(scenario)).body(views.view(scenario));
    }

    @GetMapping
    @Operation(summary = "Scenarios, newest first, optionally of one province or status")
    public List<ScenarioViews.Summary> list(@RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable ScenarioStatus status) {
        return mapper.toSummaries(scenarios.list(provinceCode, status));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A scenario with per-unit metrics, the staff projection when known, and its audit trail")
    public ResponseEntity<ScenarioViews.ScenarioView> get(@PathVariable String id) {
        Scenario scenario = scenarios.get(id);
        return ResponseEntity.ok().eTag(etag(scenario)).body(views.view(scenario));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Revise a draft (send If-Match or version: a stale version gets 409)")
    public ResponseEntity<ScenarioViews.ScenarioView> revise(@PathVariable String id,
            @Valid @RequestBody ScenarioRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        Scenario current = scenarios.get(id);
        if (!current.getProvinceCode().equals(request.provinceCode())) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "province-fixed", "Validation failed",
                    "A scenario stays in its province (" + current.getProvinceCode() + "); draft a new one instead.");
        }
        Scenario scenario = scenarios.revise(id, expected(ifMatch, request.version()), request.name().strip(),
                request.effectiveDate(), mapper.toUnits(request.units()), Actor.of(user), request.reason());
        return ResponseEntity.ok().eTag(etag(scenario)).body(views.view(scenario));
    }

    @GetMapping("/{id}/validation")
    @Operation(summary = "Check a scenario against the register: every error and warning")
    public ValidationReport validation(@PathVariable String id) {
        return scenarios.validate(id);
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit a draft for approval; refused with 422 listing every problem if it is not valid")
    public ResponseEntity<ScenarioViews.ScenarioView> submit(@PathVariable String id,
            @RequestBody(required = false) @Nullable TransitionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        return done(scenarios.submit(id, expected(ifMatch, request), Actor.of(user), reason(request)));
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted scenario")
    public ResponseEntity<ScenarioViews.ScenarioView> approve(@PathVariable String id,
            @RequestBody(required = false) @Nullable TransitionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        return done(scenarios.approve(id, expected(ifMatch, request), Actor.of(user), reason(request)));
    }

    @PostMapping("/{id}/reject")
    @Operation(summary = "Reject a submitted scenario (reason required)")
    public ResponseEntity<ScenarioViews.ScenarioView> reject(@PathVariable String id,
            @RequestBody(required = false) @Nullable TransitionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        return done(scenarios.reject(id, expected(ifMatch, request), Actor.of(user), reason(request)));
    }

    @PostMapping("/{id}/withdraw")
    @Operation(summary = "Withdraw a draft or submitted scenario (reason required)")
    public ResponseEntity<ScenarioViews.ScenarioView> withdraw(@PathVariable String id,
            @RequestBody(required = false) @Nullable TransitionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        return done(scenarios.withdraw(id, expected(ifMatch, request), Actor.of(user), reason(request)));
    }

    @PostMapping("/{id}/take-effect")
    @Operation(summary = "Write an approved scenario into the register, as a history import would")
    public ResponseEntity<ScenarioViews.ScenarioView> takeEffect(@PathVariable String id,
            @RequestBody(required = false) @Nullable TransitionRequest request,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestHeader(value = Actor.HEADER, required = false) String user) {
        return done(scenarios.takeEffect(id, expected(ifMatch, request), Actor.of(user), reason(request)));
    }

    @GetMapping("/{id}/audit")
    @Operation(summary = "Who did what, when and why")
    public List<vn.twotier.merger.scenario.AuditEntry> audit(@PathVariable String id) {
        return scenarios.get(id).getAudit();
    }

    @GetMapping("/{id}/export")
    @Operation(summary = "The scenario as a mapping file (format=xlsx or csv), importable again")
    public ResponseEntity<byte[]> export(@PathVariable String id,
            @Parameter(description = "xlsx or csv") @RequestParam(defaultValue = "xlsx") String format) {
        Scenario scenario = scenarios.get(id);
        boolean csv = switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> true;
            case "xlsx" -> false;
            default -> throw new IllegalArgumentException("format must be xlsx or csv, not " + format);
        };
        byte[] body = csv ? exporter.csv(scenario) : exporter.xlsx(scenario);
        String fileName = "scenario-" + scenario.getProvinceCode() + "-" + scenario.getId() + (csv ? ".csv" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(body);
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Draft scenarios from a mapping file (one per province in it, or only provinceCode's)")
    public ResponseEntity<Map<String, List<ScenarioViews.Summary>>> importFile(@RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String name,
            @Parameter(description = "default: the reform date, 2025-07-01")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
            LocalDate effectiveDate,
            @RequestHeader(value = Actor.HEADER, required = false) String user) throws IOException {
        String fileName = file.getOriginalFilename() != null ? file.getOriginalFilename() : "upload";
        List<Scenario> created = importer.importFile(file.getBytes(), fileName, provinceCode, name,
                effectiveDate != null ? effectiveDate : register.reformDate(), Actor.of(user));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("scenarios", mapper.toSummaries(created)));
    }

    @GetMapping("/compare")
    @Operation(summary = "Two or more scenarios side by side: units, sizes, areas, staff and surplus")
    public ScenarioComparison compare(@RequestParam List<String> ids) {
        if (ids.size() < 2) {
            throw new IllegalArgumentException("Give at least two scenario ids to compare");
        }
        return ScenarioComparison.of(ids.stream().map(id -> views.view(scenarios.get(id))).toList());
    }

    private ResponseEntity<ScenarioViews.ScenarioView> done(Scenario scenario) {
        return ResponseEntity.ok().eTag(etag(scenario)).body(views.view(scenario));
    }

    private static String etag(Scenario scenario) {
        return "\"" + scenario.getVersion() + "\"";
    }

    private static @Nullable String reason(@Nullable TransitionRequest request) {
        return request == null ? null : request.reason();
    }

    private static @Nullable Long expected(@Nullable String ifMatch, @Nullable TransitionRequest request) {
        return expected(ifMatch, request == null ? null : request.version());
    }

    /** If-Match wins over a version in the body; either is the version the caller last saw. */
    private static @Nullable Long expected(@Nullable String ifMatch, @Nullable Long version) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return version;
        }
        String tag = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("If-Match must be an ETag this API returned, e.g. \"3\"");
        }
    }
}
