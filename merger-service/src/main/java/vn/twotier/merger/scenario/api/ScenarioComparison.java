package vn.twotier.merger.scenario.api;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.twotier.merger.scenario.ScenarioStatus;

/** Scenarios side by side: sizes, areas and staff per scenario, and each one's units. */
public record ScenarioComparison(List<Column> scenarios) {

    public record Column(String id, String name, String provinceCode, LocalDate effectiveDate, ScenarioStatus status,
            long revision, ScenarioViews.Totals totals, @Nullable Double meanAreaKm2, @Nullable Double minAreaKm2,
            @Nullable Double maxAreaKm2, boolean staffingCurrent, List<ScenarioViews.Unit> units) {
    }

    static ScenarioComparison of(List<ScenarioViews.ScenarioView> views) {
        return new ScenarioComparison(views.stream().map(view -> {
            var areas = view.units().stream().map(ScenarioViews.Unit::areaKm2).filter(java.util.Objects::nonNull)
                    .mapToDouble(Double::doubleValue).summaryStatistics();
            boolean any = areas.getCount() > 0;
            return new Column(view.id(), view.name(), view.provinceCode(), view.effectiveDate(), view.status(),
                    view.revision(), view.totals(), any ? Math.round(areas.getAverage() * 100) / 100.0 : null,
                    any ? areas.getMin() : null, any ? areas.getMax() : null,
                    view.staffing() != null && view.staffing().current(), view.units());
        }).toList());
    }
}
