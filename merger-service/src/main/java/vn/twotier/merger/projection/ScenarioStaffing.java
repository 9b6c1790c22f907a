package vn.twotier.merger.projection;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.staffing.ProjectedUnitStaffing;

/**
 * Read model: the latest staff projection staffing-service computed for a scenario (by revision). Its own data,
 * owned by staffing-service; this service only shows it.
 */
@Document("scenario_staffing")
public record ScenarioStaffing(
        @Id String scenarioId,
        String provinceCode,
        long revision,
        List<ProjectedUnitStaffing> units,
        int totalStaff,
        int totalFrame,
        int totalSurplus,
        String eventId,
        Instant receivedAt) {
}
