package vn.twotier.merger.register.importing;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.twotier.merger.Actor;

@RestController
@RequestMapping("/api/v1/register/imports")
@Tag(name = "Register imports", description = "Load the register from a mapping file (CSV or XLSX)")
public class RegisterImportController {

    private final RegisterImportService imports;

    public RegisterImportController(RegisterImportService imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a mapping file",
            description = "Columns of commune_mergers_2025.csv. scope=full records both sides of the reform with "
                    + "lineage; scope=pre-reform records the old units only. Re-importing the same file changes "
                    + "nothing. A bad file is refused with 422 listing every bad line; nothing is stored then.")
    public ResponseEntity<RegisterImportJob> importFile(@RequestPart("file") MultipartFile file,
            @Parameter(description = "full or pre-reform") @RequestParam(defaultValue = "full") String scope,
            @Parameter(description = "true: check the file, answer 202 with the job, write in the background")
            @RequestParam(defaultValue = "false") boolean async,
            @RequestHeader(value = Actor.HEADER, required = false) String user) throws IOException {
        String name = file.getOriginalFilename() != null ? file.getOriginalFilename() : "upload";
        RegisterImportJob job = imports.importFile(file.getBytes(), name, ImportScope.parse(scope), Actor.of(user),
                async);
        URI location = URI.create("/api/v1/register/imports/" + job.getId());
        return async ? ResponseEntity.accepted().location(location).body(job)
                : ResponseEntity.created(location).body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import job: status, rows done of rows total, and what it changed per province")
    public RegisterImportJob job(@PathVariable String id) {
        return imports.job(id);
    }

    @GetMapping
    @Operation(summary = "The most recent imports, newest first")
    public List<RegisterImportJob> jobs(@RequestParam(defaultValue = "20") int limit) {
        return imports.recentJobs(Math.min(Math.max(limit, 1), 200));
    }
}
