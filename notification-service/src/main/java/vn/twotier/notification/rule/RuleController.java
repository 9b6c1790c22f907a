package vn.twotier.notification.rule;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.support.web.NotFoundException;

/** The notification rules as data: read the current version or any earlier one, store a new version. */
@RestController
@RequestMapping("/api/v1/rules")
class RuleController {

    private final RuleBook rules;

    RuleController(RuleBook rules) {
        this.rules = rules;
    }

    @GetMapping
    RuleSet current() {
        return rules.current();
    }

    @GetMapping("/versions")
    List<VersionSummary> history() {
        return rules.history().stream().map(set -> new VersionSummary(set.version(), set.rules().size(),
                set.createdAt(), set.createdBy(), set.comment())).toList();
    }

    @GetMapping("/versions/{version}")
    RuleSet version(@PathVariable long version) {
        return rules.version(version)
                .orElseThrow(() -> new NotFoundException("rule-set", "No rule set version " + version + "."));
    }

    /** Replaces all rules; {@code basedOn} is the version the editor started from (a stale one is a 409). */
    @PutMapping
    RuleSet replace(@Valid @RequestBody Replacement replacement) {
        return rules.replace(replacement.basedOn(), replacement.rules(),
                replacement.author() == null || replacement.author().isBlank() ? "api" : replacement.author(),
                replacement.comment());
    }

    record Replacement(@Positive long basedOn, @NotNull List<NotificationRule> rules, @Nullable String author,
            @Nullable String comment) {
    }

    record VersionSummary(long version, int ruleCount, Instant createdAt, String createdBy, @Nullable String comment) {
    }
}
