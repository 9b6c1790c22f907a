package vn.twotier.merger.scenario;

import java.util.List;
import java.util.Set;

/** Life cycle: draft → submitted → approved → effective; a draft or submitted scenario can be withdrawn, a submitted one rejected. */
public enum ScenarioStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    EFFECTIVE,
    REJECTED,
    WITHDRAWN;

    /** Actions a user may take from this status, as named in the API. */
    public List<String> allowedActions() {
        return switch (this) {
            case DRAFT -> List.of("revise", "submit", "withdraw");
            case SUBMITTED -> List.of("approve", "reject", "withdraw");
            case APPROVED -> List.of("take-effect");
            case EFFECTIVE, REJECTED, WITHDRAWN -> List.of();
        };
    }

    public boolean isFinal() {
        return Set.of(EFFECTIVE, REJECTED, WITHDRAWN).contains(this);
    }
}
