package vn.twotier.staffing.gap;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.events.staffing.UnitStaffingGapChanged;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;

/**
 * The last published staffing figures of one unit version (id "code@validFrom"). A recomputation that changes a
 * figure updates them and records {@link UnitStaffingGapChanged} in the same write; one that changes nothing
 * writes nothing. The first assessment reports its own status as the previous one.
 */
@Document("gap_states")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class UnitGapState extends OutboxAggregate {

    private String unitCode;
    private String provinceCode;
    private LocalDate asOf;
    private String normRegime;
    private int frame;
    private int actual;
    private int incomingSecondees;
    private int outgoingSecondees;
    private int surplus;
    private GapStatus status;
    private List<String> missingSpecialties;
    private Instant updatedAt;

    protected UnitGapState() {
    }

    static UnitGapState first(String id) {
        UnitGapState state = new UnitGapState();
        state.id = id;
        return state;
    }

    /** Applies a new computation; true when a figure changed (and an event was recorded). */
    boolean update(UnitGap gap, Instant now) {
        boolean same = status != null && frame == gap.frame() && actual == gap.actual()
                && incomingSecondees == gap.incomingSecondees() && outgoingSecondees == gap.outgoingSecondees()
                && surplus == gap.surplus() && status == gap.status() && Objects.equals(normRegime, gap.normRegime())
                && Objects.equals(missingSpecialties, gap.missingSpecialties());
        if (same) {
            return false;
        }
        GapStatus previous = status != null ? status : gap.status();
        unitCode = gap.unitCode();
        provinceCode = gap.provinceCode();
        asOf = gap.asOf();
        normRegime = gap.normRegime();
        frame = gap.frame();
        actual = gap.actual();
        incomingSecondees = gap.incomingSecondees();
        outgoingSecondees = gap.outgoingSecondees();
        surplus = gap.surplus();
        status = gap.status();
        missingSpecialties = List.copyOf(gap.missingSpecialties());
        updatedAt = now;
        record(new UnitStaffingGapChanged(unitCode, provinceCode, asOf, normRegime, frame, actual, incomingSecondees,
                outgoingSecondees, surplus, status, previous, missingSpecialties), now);
        return true;
    }

    public GapStatus getStatus() {
        return status;
    }

    public int getSurplus() {
        return surplus;
    }
}
