package vn.twotier.notification.recipient;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.web.NotFoundException;

/** The recipients directory over HTTP. */
@RestController
@RequestMapping("/api/v1/recipients")
class RecipientController {

    private final RecipientDirectory directory;

    RecipientController(RecipientDirectory directory) {
        this.directory = directory;
    }

    /** e.g. {@code ?provinceCode=01&role=PROVINCE_ORGANIZATION_COMMITTEE} finds a province's committee. */
    @GetMapping
    List<RecipientView> search(@RequestParam(required = false) @Nullable String provinceCode,
            @RequestParam(required = false) @Nullable String unitCode,
            @RequestParam(required = false) @Nullable RecipientRole role) {
        return directory.search(provinceCode, unitCode, role).stream().map(RecipientView::of).toList();
    }

    @GetMapping("/{id}")
    RecipientView get(@PathVariable String id) {
        return directory.byId(id).map(RecipientView::of)
                .orElseThrow(() -> new NotFoundException("recipient", "No recipient " + id + "."));
    }
}
