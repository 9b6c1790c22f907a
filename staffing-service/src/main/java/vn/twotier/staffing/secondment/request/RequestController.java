package vn.twotier.staffing.secondment.request;

import java.util.List;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

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
    @ResponseStatus(HttpStatus.CREATED)
    RequestView nominate(@Valid @RequestBody RequestCommands.Nominate command) {
        return RequestView.of(service.nominate(command));
    }

    @GetMapping
    List<RequestView> search(@RequestParam(required = false) @Nullable String campaignId,
            @RequestParam(required = false) @Nullable String personId,
            @RequestParam(required = false) @Nullable RequestStatus status,
            @RequestParam(required = false) @Nullable String provinceCode) {
        return store.search(campaignId, personId, status, provinceCode).stream().map(RequestView::of).toList();
    }

    @GetMapping("/{id}")
    RequestView get(@PathVariable String id) {
        return RequestView.of(store.get(id));
    }

    @PostMapping("/{id}/compile")
    RequestView compile(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command) {
        return RequestView.of(service.compile(id, command));
    }

    @PostMapping("/{id}/appraise")
    RequestView appraise(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command) {
        return RequestView.of(service.appraise(id, command));
    }

    @PostMapping("/{id}/decision")
    RequestView decide(@PathVariable String id, @Valid @RequestBody RequestCommands.Decide command) {
        return RequestView.of(service.decide(id, command));
    }

    @PostMapping("/{id}/withdraw")
    RequestView withdraw(@PathVariable String id, @Valid @RequestBody RequestCommands.Step command) {
        return RequestView.of(service.withdraw(id, command));
    }

    @PostMapping("/{id}/start")
    RequestView start(@PathVariable String id, @Valid @RequestBody RequestCommands.Start command) {
        return RequestView.of(service.start(id, command));
    }

    @PostMapping("/{id}/extend")
    RequestView extend(@PathVariable String id, @Valid @RequestBody RequestCommands.Extend command) {
        return RequestView.of(service.extend(id, command));
    }

    @PostMapping("/{id}/end")
    RequestView end(@PathVariable String id, @Valid @RequestBody RequestCommands.End command) {
        return RequestView.of(service.end(id, command));
    }
}
