package vn.twotier.staffing.gap;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;
import vn.twotier.staffing.reference.NormsChanged;
import vn.twotier.staffing.roster.RosterChanged;
import vn.twotier.staffing.roster.RosterImporter;
import vn.twotier.staffing.roster.UnitRoster;
import vn.twotier.staffing.unit.UnitChanged;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.outbox.AggregateWriter;

/**
 * Keeps each unit's published figures current: recomputes the units a roster change, a unit event or a norm edit
 * touched, and publishes only when a figure changed. Units without any roster are not assessed (no data is not a
 * shortage). Figures are taken on today's date, clamped into the unit version's validity.
 */
@Component
class GapRecomputer {

    private final GapService gaps;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final AggregateWriter writer;

    GapRecomputer(GapService gaps, MongoTemplate mongo, Clock clock, AggregateWriter writer) {
        this.writer = writer;
        this.gaps = gaps;
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener
    void on(RosterChanged event) {
        recompute(event.unitIds());
    }

    @EventListener
    void on(UnitChanged event) {
        recompute(List.of(event.unitId()));
    }

    @EventListener
    void on(NormsChanged event) {
        Query query = event.provinceCode() == null ? new Query()
                : Query.query(Criteria.where("provinceCode").is(event.provinceCode()));
        query.fields().include("_id");
        recompute(mongo.find(query, UnitRoster.class).stream().map(UnitRoster::id).toList());
    }

    void recompute(Collection<String> unitIds) {
        GapService.Context context = null; // read only once a unit with a roster turns up
        for (String unitId : unitIds) {
            UnitRoster roster = mongo.findById(unitId, UnitRoster.class);
            if (roster == null) {
                continue; // no staffing data: not assessed (most register events end here, cheaply)
            }
            if (context == null) {
                context = gaps.context();
            }
            try {
                recomputeOne(context, unitId, roster);
            } catch (OptimisticLockingFailureException | org.springframework.dao.DuplicateKeyException concurrent) {
                recomputeOne(context, unitId, roster); // someone else just wrote it: compute again on their state
            }
        }
    }

    private void recomputeOne(GapService.Context context, String unitId, UnitRoster roster) {
        UnitVersion unit = mongo.findById(unitId, UnitVersion.class);
        if (unit == null || unit.type() == null || !RosterImporter.COMMUNE_LEVEL.contains(unit.type())) {
            return;
        }
        UnitGap gap = gaps.compute(context, unit, roster.staff(), dateFor(unit));
        if (gap.normId() == null) {
            return;
        }
        UnitGapState state = mongo.findById(unitId, UnitGapState.class);
        if (state == null) {
            state = UnitGapState.first(unitId);
        }
        if (state.update(gap, clock.instant())) {
            writer.save(state);
        }
    }

    private LocalDate dateFor(UnitVersion unit) {
        LocalDate today = LocalDate.now(clock);
        if (today.isBefore(unit.validFrom())) {
            return unit.validFrom();
        }
        return unit.validTo() != null && today.isAfter(unit.validTo()) ? unit.validTo() : today;
    }

}
