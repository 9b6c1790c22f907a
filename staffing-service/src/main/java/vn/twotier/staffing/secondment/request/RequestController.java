package vn.twotier.staffing.secondment.request;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.web.ApiException;

/**
 * Secondment (biệt phái) and transfer (điều động) requests: nominate, compile, appraise, decide, start, extend,
 * end, withdraw. Invalid transitions and stale versions are 409; a rule refusing is 422 naming the rule and its basis.
 */
@RestController
@RequestMapping("/api/v1/secondment/requests")
class RequestController {

    private final RequestService service;
    private final SecondmentRequestStore store;

    RequestController(RequestService service, SecondmentRequestStore store) {
        this.service = service;
        this.store = store;
    }

    @PostMapping
    ResponseEntity<RequestView> nominate(@Valid @RequestBody RequestCommands.Nominate command) {
        SecondmentRequest request = service.nominate(command);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(request)).body(RequestView.of(request));
    }

    @GetMapping
    List<RequestView> search(@RequestParam(required = false) @Nullable String campaignId,
            @RequestParam(required = false) @Nullable String personId,
            @RequestParam(required = false) @Nullable RequestStatus status,
            @RequestParam(required = false) @Nullable String provinceCode) {
        return store.search(campaignId, personId, status, provinceCode).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<RequestView> get(@PathVariable String id) {
        return tagged(store.get(id));
    }

    @PostMapping("/{id}/compile")
    ResponseEntity<RequestView> compile(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.compile(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/appraise")
    ResponseEntity<RequestView> appraise(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.appraise(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/decision")
    ResponseEntity<RequestView> decide(@PathVariable String id, @Valid @RequestBody RequestCommands.Decide command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.decide(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/withdraw")
    ResponseEntity<RequestView> withdraw(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.withdraw(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/start")
    ResponseEntity<RequestView> start(@PathVariable String id, @Valid @RequestBody RequestCommands.Start command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.start(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/extend")
    ResponseEntity<RequestView> extend(@PathVariable String id, @Valid @RequestBody RequestCommands.Extend command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.extend(id, versioned(command, ifMatch)));
    }

    @PostMapping("/{id}/end")
    ResponseEntity<RequestView> end(@PathVariable String id, @Valid @RequestBody RequestCommands.End command,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
        return tagged(service.end(id, versioned(command, ifMatch)));
    }

    private static ResponseEntity<RequestView> tagged(SecondmentRequest request) {
        return ResponseEntity.ok().eTag(etag(request)).body(RequestView.of(request));
    }

    private static String etag(SecondmentRequest request) {
        return "\"" + (request.getVersion() == null ? 0 : request.getVersion()) + "\"";
    }

    /** {@code If-Match: "3"} (or W/"3") stands for {@code expectedVersion: 3}; the header wins over the body. */
    static @Nullable Long version(@Nullable String ifMatch, @Nullable Long body) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return body;
        }
        String digits = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "bad-if-match", "Bad If-Match",
                    "If-Match must be the version in quotes, e.g. \"3\".");
        }
    }

    private static RequestCommands.Step versioned(RequestCommands.Step c, @Nullable String ifMatch) {
        return new RequestCommands.Step(c.actor(), c.reason(), version(ifMatch, c.expectedVersion()));
    }

    private static RequestCommands.Decide versioned(RequestCommands.Decide c, @Nullable String ifMatch) {
        return new RequestCommands.Decide(c.outcome(), c.decisionNumber(), c.decisionDate(), c.actor(), c.reason(),
                version(ifMatch, c.expectedVersion()));
    }

    private static RequestCommands.Start versioned(RequestCommands.Start c, @Nullable String ifMatch) {
        return new RequestCommands.Start(c.startedOn(), c.actor(), c.reason(), version(ifMatch, c.expectedVersion()));
    }

    private static RequestCommands.Extend versioned(RequestCommands.Extend c, @Nullable String ifMatch) {
        return new RequestCommands.Extend(c.newEndDate(), c.decisionNumber(), c.decisionDate(), c.sectorException(),
                c.actor(), c.reason(), version(ifMatch, c.expectedVersion()));
    }

    private static RequestCommands.End versioned(RequestCommands.End c, @Nullable String ifMatch) {
        return new RequestCommands.End(c.endedOn(), c.returned(), c.actor(), c.reason(),
                version(ifMatch, c.expectedVersion()));
    }
}
