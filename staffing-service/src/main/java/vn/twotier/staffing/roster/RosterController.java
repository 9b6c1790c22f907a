package vn.twotier.staffing.roster;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.twotier.staffing.unit.UnitReadModel;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.web.NotFoundException;

/** Roster import (CSV/XLSX), the synthetic generator, and reading a unit's roster. */
@RestController
@RequestMapping("/api/v1/rosters")
class RosterController {

    private final RosterImporter importer;
    private final RosterStore store;
    private final UnitReadModel units;
    private final MongoTemplate mongo;
    private final Clock clock;

    RosterController(RosterImporter importer, RosterStore store, UnitReadModel units, MongoTemplate mongo,
            Clock clock) {
        this.importer = importer;
        this.store = store;
        this.units = units;
        this.mongo = mongo;
        this.clock = clock;
    }

    record GenerateRequest(@NotNull @Pattern(regexp = "\\d{2}") String provinceCode, @NotNull Long seed,
            LocalDate asOf) {
    }

    /** A reproducible synthetic roster for every commune-level unit of a province in force on {@code asOf}. */
    @PostMapping("/generate")
    RosterImporter.ImportResult generate(@RequestBody @Valid GenerateRequest request) {
        return importer.generate(request.provinceCode(), request.seed(),
                request.asOf() != null ? request.asOf() : LocalDate.now(clock));
    }

    /**
     * Imports a roster file (CSV or XLSX: person_id, full_name, birth_date, gender, category, position, unit_code,
     * optional specialty, sending_agency, seconded_to_unit, pregnant, child_under_36_months). The units listed get
     * exactly the staff listed. A file with any bad row is rejected whole (422, every problem with its line).
     */
    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    RosterImporter.ImportResult importFile(@RequestParam @Pattern(regexp = "\\d{2}") String provinceCode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestPart("file") MultipartFile file) throws IOException {
        return importer.importFile(provinceCode, asOf != null ? asOf : LocalDate.now(clock), file.getOriginalFilename(),
                file.getBytes());
    }

    /** The staff of the unit version in force on {@code asOf} (default today). */
    @GetMapping("/units/{code}")
    List<StaffMember> roster(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        UnitVersion unit = units.find(code, asOf != null ? asOf : LocalDate.now(clock)).orElseThrow(
                () -> new NotFoundException("unit", "No unit " + code + " in force on that date."));
        return store.staffOf(unit.code(), unit.validFrom());
    }

    /** An import as recorded: counts and unit codes, never the people. */
    record ImportView(String importId, String provinceCode, String source, LocalDate asOf, RosterImport.Status status,
            int staffAdded, int staffUpdated, int staffRemoved, List<String> unitCodes, java.time.Instant startedAt,
            java.time.Instant appliedAt) {
    }

    @GetMapping("/imports/{importId}")
    ImportView importRecord(@PathVariable String importId) {
        RosterImport found = mongo.findById(importId, RosterImport.class);
        if (found == null) {
            throw new NotFoundException("roster-import", "No roster import " + importId + ".");
        }
        return new ImportView(found.getId(), found.getProvinceCode(), found.getSource(), found.getAsOf(),
                found.getStatus(), found.getStaffAdded(), found.getStaffUpdated(), found.getStaffRemoved(),
                found.getUnitCodes(), found.getStartedAt(), found.getAppliedAt());
    }
}
