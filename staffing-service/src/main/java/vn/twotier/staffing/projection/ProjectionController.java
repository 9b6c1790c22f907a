package vn.twotier.staffing.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.twotier.events.staffing.ProjectedUnitStaffing;
import vn.twotier.support.web.NotFoundException;

/** The staff projection of a merger scenario, as last published. */
@RestController
@RequestMapping("/api/v1/projections")
class ProjectionController {

    private final ProjectionService projections;

    ProjectionController(ProjectionService projections) {
        this.projections = projections;
    }

    record ProjectionView(String scenarioId, String provinceCode, String name, String status, long revision,
            long projectedRevision, LocalDate effectiveDate, List<ProjectedUnitStaffing> units, int totalStaff,
            int totalFrame, int totalSurplus, boolean staffMoved, Instant updatedAt) {
    }

    @GetMapping("/scenarios/{scenarioId}")
    ProjectionView scenario(@PathVariable String scenarioId) {
        ScenarioProjection s = projections.get(scenarioId);
        if (s == null) {
            throw new NotFoundException("scenario", "No scenario " + scenarioId + " is known to the staffing service.");
        }
        return new ProjectionView(s.getId(), s.getProvinceCode(), s.getName(), s.getStatus().name(), s.getRevision(),
                s.getProjectedRevision(), s.getEffectiveDate(), s.getUnits() == null ? List.of() : s.getUnits(),
                s.getTotalStaff(), s.getTotalFrame(), s.getTotalSurplus(), s.isStaffMoved(), s.getUpdatedAt());
    }
}
