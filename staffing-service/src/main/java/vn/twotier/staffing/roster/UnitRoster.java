package vn.twotier.staffing.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The staff of one unit version, in one document: replacing a unit's roster is one atomic write. Keyed like the
 * unit read model, (code, valid-from), since codes are reused across the reform.
 */
@Document("rosters")
public record UnitRoster(
        @Id String id,
        String unitCode,
        LocalDate unitValidFrom,
        @Indexed String provinceCode,
        List<StaffMember> staff,
        @Nullable String lastImportId,
        Instant updatedAt) {
}
