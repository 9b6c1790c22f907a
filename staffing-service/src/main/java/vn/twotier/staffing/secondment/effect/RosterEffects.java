package vn.twotier.staffing.secondment.effect;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.roster.RosterService;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.secondment.GapLookup;
import vn.twotier.staffing.secondment.PersonFacts;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.staffing.unit.UnitVersion;

/**
 * What a started or ended request does to the rosters, hence to the gap matrix at both ends.
 * Secondment started: the person stays on the sending roster marked {@code secondedToUnit} (payroll at home, not
 * counted there) and appears on the receiving roster with {@code sendingAgency} (counted there). Ended: the receiving
 * line goes and the sending line is unmarked. Transfer started: the person moves for good. Applying the same effect
 * twice changes nothing (the roster write is idempotent), so event redeliveries are harmless.
 */
@Component
class RosterEffects {

    private static final Logger log = LoggerFactory.getLogger(RosterEffects.class);

    private final GapLookup lookup;
    private final RosterService rosters;
    private final Clock clock;

    RosterEffects(GapLookup lookup, RosterService rosters, Clock clock) {
        this.lookup = lookup;
        this.rosters = rosters;
        this.clock = clock;
    }

    void started(SecondmentRequest request) {
        PersonFacts person = request.getPerson();
        boolean transfer = request.getType() == SecondmentType.TRANSFER;
        apply(request, "secondment-start:" + request.getId(), (sending, receiving) -> {
            Map<UnitVersion, List<StaffMember>> targets = new LinkedHashMap<>();
            // the sending roster changes only if the person is on it (a department's people are not)
            sending.filter(unit -> current(unit.getValue(), person.personId()).isPresent())
                    .ifPresent(unit -> targets.put(unit.getKey(), replaced(unit.getValue(), person.personId(),
                            transfer ? null : marked(current(unit.getValue(), person.personId()).get(),
                                    request.getReceivingUnitCode()))));
            receiving.ifPresent(unit -> targets.put(unit.getKey(), replaced(unit.getValue(), person.personId(),
                    person.asStaff(transfer ? null : request.getSendingUnitCode(), null))));
            return targets;
        });
    }

    void ended(SecondmentRequest request) {
        PersonFacts person = request.getPerson();
        apply(request, "secondment-end:" + request.getId(), (sending, receiving) -> {
            Map<UnitVersion, List<StaffMember>> targets = new LinkedHashMap<>();
            receiving.ifPresent(unit -> targets.put(unit.getKey(), replaced(unit.getValue(), person.personId(),
                    null)));
            sending.filter(unit -> current(unit.getValue(), person.personId()).isPresent())
                    .ifPresent(unit -> targets.put(unit.getKey(), replaced(unit.getValue(), person.personId(),
                            marked(current(unit.getValue(), person.personId()).get(), null))));
            return targets;
        });
    }

    private interface Change {
        Map<UnitVersion, List<StaffMember>> targets(Optional<Map.Entry<UnitVersion, List<StaffMember>>> sending,
                Optional<Map.Entry<UnitVersion, List<StaffMember>>> receiving);
    }

    /** Reads both rosters and writes the targets under the roster lock, so concurrent moves do not overwrite. */
    private void apply(SecondmentRequest request, String source, Change change) {
        LocalDate today = LocalDate.now(clock);
        Optional<UnitVersion> sending = request.isSendingIsUnit()
                ? lookup.unit(request.getSendingUnitCode(), today) : Optional.empty();
        Optional<UnitVersion> receiving = lookup.unit(request.getReceivingUnitCode(), today);
        List<UnitVersion> units = new ArrayList<>();
        sending.ifPresent(units::add);
        receiving.ifPresent(units::add);
        if (units.isEmpty()) {
            return;
        }
        RosterService.Outcome outcome = rosters.update(request.getProvinceCode(), today, source, units,
                current -> change.targets(sending.map(unit -> Map.entry(unit, current.get(unit))),
                        receiving.map(unit -> Map.entry(unit, current.get(unit)))));
        log.info("Secondment {} effect: {} rosters, changed={}", request.getId(), units.size(), outcome.changed());
    }

    /** The staff with the person's line replaced by {@code line} (or removed when null); order kept. */
    private static List<StaffMember> replaced(List<StaffMember> staff, String personId, StaffMember line) {
        List<StaffMember> result = new ArrayList<>(staff.stream()
                .filter(member -> !member.personId().equals(personId)).toList());
        if (line != null) {
            result.add(line);
        }
        return result;
    }

    private static Optional<StaffMember> current(List<StaffMember> staff, String personId) {
        return staff.stream().filter(member -> member.personId().equals(personId)).findFirst();
    }

    private static StaffMember marked(StaffMember member, String secondedToUnit) {
        return new StaffMember(member.personId(), member.fullName(), member.birthDate(), member.gender(),
                member.category(), member.positionCode(), member.specialtyCode(), member.sendingAgency(),
                secondedToUnit, member.pregnant(), member.childUnder36Months());
    }
}
