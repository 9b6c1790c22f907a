package vn.twotier.notification.recipient;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.twotier.support.web.NotFoundException;

/** The recipients directory over HTTP: search, create, change, remove, import a file. */
@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    private final RecipientDirectory directory;
    private final Recipients recipients;
    private final RecipientFiles files;

    RecipientController(RecipientDirectory directory, Recipients recipients, RecipientFiles files) {
        this.directory = directory;
        this.recipients = recipients;
        this.files = files;
    }

    /** e.g. {@code ?provinceCode=01&role=PROVINCE_ORGANIZATION_COMMITTEE} finds a province's committee. */
    @GetMapping
    List<RecipientView> search(@RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String unitCode,
            @RequestParam(required = false) @Nullable String role,
            @RequestParam(required = false) @Nullable String personId) {
        RecipientRole wanted = role == null ? null : RecipientValidator.role(role);
        if (role != null && wanted == null) {
            throw new IllegalArgumentException("Unknown role " + role + "; one of "
                    + Arrays.toString(RecipientRole.values()));
        }
        return directory.search(provinceCode, unitCode, wanted, personId).stream().map(RecipientView::of).toList();
    }

    @GetMapping("/{id}")
    RecipientView get(@PathVariable String id) {
        return directory.byId(id).map(RecipientView::of)
                .orElseThrow(() -> new NotFoundException("recipient", "No recipient " + id + "."));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<RecipientView> create(@RequestBody RecipientInput input) {
        RecipientView created = RecipientView.of(recipients.create(input));
        return ResponseEntity.created(URI.create("/api/v1/recipients/" + created.id())).body(created);
    }

    /** Send back the {@code version} you read; a stale one is a 409. */
    @PutMapping("/{id}")
    RecipientView update(@PathVariable String id, @RequestBody RecipientInput input) {
        return RecipientView.of(recipients.update(id, input));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        recipients.delete(id);
        return ResponseEntity.noContent().build();
    }

    /** A CSV or XLSX file of recipients: all rows are stored, or none with every problem listed (422). */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Recipients.ImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        return recipients.importAll(files.read(file.getOriginalFilename(), file.getInputStream()));
    }
}
