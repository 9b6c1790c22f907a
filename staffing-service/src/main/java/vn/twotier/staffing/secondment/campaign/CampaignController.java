package vn.twotier.staffing.secondment.campaign;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.twotier.staffing.secondment.Nfc;
import vn.twotier.staffing.secondment.request.RequestStatus;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.staffing.secondment.request.SecondmentRequestStore;
import vn.twotier.staffing.secondment.xlsx.NominationFile;
import vn.twotier.staffing.secondment.xlsx.SecondmentXlsxExport;
import vn.twotier.support.web.NotFoundException;

/** Secondment campaigns (đợt biệt phái / điều động): open, close, progress, suggestions, bulk nominations, exports. */
@RestController
@RequestMapping("/api/v1/secondment/campaigns")
class CampaignController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final CampaignService service;
    private final CampaignStore store;
    private final SecondmentRequestStore requests;
    private final Suggestions suggestions;
    private final BulkNominator nominator;

    CampaignController(CampaignService service, CampaignStore store, SecondmentRequestStore requests,
            Suggestions suggestions, BulkNominator nominator) {
        this.service = service;
        this.store = store;
        this.requests = requests;
        this.suggestions = suggestions;
        this.nominator = nominator;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CampaignView open(@Valid @RequestBody CampaignCommands.Open command) {
        return CampaignView.of(service.open(command));
    }

    @GetMapping
    List<CampaignView> list(@RequestParam(required = false) @Nullable String provinceCode) {
        return store.ofProvince(provinceCode).stream().map(CampaignView::of).toList();
    }

    @GetMapping("/{id}")
    CampaignView get(@PathVariable String id) {
        return CampaignView.of(store.get(id));
    }

    @PostMapping("/{id}/close")
    CampaignView close(@PathVariable String id, @Valid @RequestBody CampaignCommands.Close command) {
        return CampaignView.of(service.close(id, command));
    }

    @GetMapping("/{id}/progress")
    CampaignProgress progress(@PathVariable String id) {
        return service.progress(id);
    }

    @GetMapping("/{id}/suggestions")
    List<Suggestions.Suggestion> suggestions(@PathVariable String id) {
        return suggestions.of(store.get(id));
    }

    /** Nominates every suggestion for one period; each refused one is reported with its rule. */
    @PostMapping("/{id}/suggestions/nominate")
    NominationReport nominateSuggestions(@PathVariable String id,
            @Valid @RequestBody CampaignCommands.NominateSuggestions command) {
        List<Suggestions.Suggestion> list = suggestions.of(store.get(id));
        List<BulkNominator.Line> lines = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            lines.add(new BulkNominator.Line(i + 1, list.get(i).personId(), list.get(i).toNomination(id,
                    command.startDate(), command.endDate(), command.actor()), List.of()));
        }
        return nominator.nominate(lines);
    }

    /** Bulk nominations from an XLSX (or CSV) list, with a row-level report. */
    @PostMapping(path = "/{id}/nominations/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    NominationReport importNominations(@PathVariable String id, @RequestPart("file") MultipartFile file,
            @RequestParam String actor) {
        store.get(id);
        try {
            return nominator.nominate(NominationFile.read(file.getOriginalFilename(), file.getBytes(), id, actor));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping(path = "/{id}/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> export(@PathVariable String id) {
        SecondmentCampaign campaign = store.get(id);
        return xlsx("secondment-campaign-" + id + ".xlsx",
                SecondmentXlsxExport.campaignList(campaign, requests.search(id, null, null, null)));
    }

    /** The annex of one decision: the approved requests carrying that decision number. */
    @GetMapping(path = "/{id}/decision-annex",
            produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> annex(@PathVariable String id, @RequestParam String decisionNumber) {
        store.get(id);
        List<SecondmentRequest> decided = requests.search(id, null, null, null).stream()
                .filter(request -> Nfc.of(decisionNumber).equals(request.getDecisionNumber()))
                .filter(request -> request.getStatus() == RequestStatus.APPROVED
                        || request.getStatus() == RequestStatus.STARTED || request.getStatus() == RequestStatus.ENDED)
                .toList();
        if (decided.isEmpty()) {
            throw new NotFoundException("decision", "Không có đề nghị nào được duyệt theo quyết định " + decisionNumber
                    + ". / No approved request carries decision " + decisionNumber + ".");
        }
        return xlsx("decision-annex.xlsx", SecondmentXlsxExport.decisionAnnex(decisionNumber, decided));
    }

    private static ResponseEntity<byte[]> xlsx(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(fileName).build().toString()).body(body);
    }
}
