package vn.twotier.staffing.secondment.request;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import vn.twotier.events.staffing.SecondmentEndReason;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;
import vn.twotier.staffing.roster.StaffMember;
import vn.twotier.staffing.secondment.GapLookup;
import vn.twotier.staffing.secondment.PersonFacts;
import vn.twotier.staffing.secondment.campaign.CampaignStore;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign;
import vn.twotier.staffing.secondment.rules.RuleFinding;
import vn.twotier.staffing.secondment.rules.RuleRefusedException;
import vn.twotier.staffing.secondment.rules.SecondmentRules;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** The request life cycle: each step checks the rules that apply to it, then saves state and event in one write. */
@Service
public class RequestService {

    private final SecondmentRequestStore store;
    private final CampaignStore campaigns;
    private final GapLookup lookup;
    private final Clock clock;
    private final PersonGuard guard;

    public RequestService(SecondmentRequestStore store, CampaignStore campaigns, GapLookup lookup, Clock clock,
            PersonGuard guard) {
        this.guard = guard;
        this.store = store;
        this.campaigns = campaigns;
        this.lookup = lookup;
        this.clock = clock;
    }

    public SecondmentRequest nominate(RequestCommands.Nominate command) {
        LocalDate today = LocalDate.now(clock);
        SecondmentType type = command.type() != null ? command.type() : SecondmentType.SECONDMENT;
        SecondmentCampaign campaign = command.campaignId() == null ? null : campaigns.get(command.campaignId());
        List<Violation> problems = new ArrayList<>();
        if (campaign != null) {
            checkCampaign(campaign, command, today, problems);
        }
        Optional<UnitVersion> sending = lookup.unit(command.sendingUnitCode(), today);
        PersonFacts person = person(command, sending.orElse(null), problems);
        UnitVersion receiving = lookup.unit(command.receivingUnitCode(), command.startDate())
                .or(() -> lookup.unit(command.receivingUnitCode(), today)).orElse(null);
        if (receiving == null) {
            problems.add(Violation.ofField("receivingUnitCode", "RECEIVING_UNIT_UNKNOWN", "Đơn vị tiếp nhận "
                    + command.receivingUnitCode() + " không có trong danh mục đơn vị hành chính. / Unknown receiving"
                    + " unit."));
        }
        if (command.sendingUnitCode().equals(command.receivingUnitCode())) {
            problems.add(Violation.ofField("receivingUnitCode", "SAME_UNIT", "Đơn vị cử và đơn vị nhận trùng nhau."
                    + " / Sending and receiving units are the same."));
        }
        String province = campaign != null ? campaign.getProvinceCode()
                : command.provinceCode() != null ? command.provinceCode()
                : receiving != null ? receiving.provinceCode() : null;
        if (province == null) {
            problems.add(Violation.ofField("provinceCode", "PROVINCE_REQUIRED", "Cần mã tỉnh. / provinceCode is"
                    + " required."));
        }
        if (!problems.isEmpty()) {
            throw new ValidationFailedException("secondment-nomination", "Đề cử không hợp lệ. / The nomination is"
                    + " invalid.", problems);
        }
        PersonGuard.Guard seen = guard.read(person.personId());
        String id = UUID.randomUUID().toString();
        List<RuleFinding> findings = new ArrayList<>();
        SecondmentRules.period(type, command.startDate(), command.endDate(), command.sectorException())
                .ifPresent(findings::add);
        SecondmentRules.maternity(type, person).ifPresent(findings::add);
        SecondmentRules.oneActiveSecondment(command.startDate(), command.endDate(),
                held(person.personId(), null, seen)).ifPresent(findings::add);
        if (sending.isPresent()) {
            SecondmentRules.sendingUnitBelowNorm(lookup.gap(command.sendingUnitCode(), today))
                    .ifPresent(findings::add);
        }
        List<RuleFinding> warnings = RuleRefusedException.throwIfRefused(findings);
        guard.claim(person.personId(), seen, new PersonGuard.Claim(id, command.startDate(), command.endDate(), false,
                clock.instant()));
        SecondmentRequest request = SecondmentRequest.nominate(id,
                command.campaignId(), province, type, person, command.sendingUnitCode(), sending.isPresent(),
                command.receivingUnitCode(), command.startDate(), command.endDate(), command.sectorException(),
                warnings, command.actor(), command.reason(), clock.instant());
        return store.insert(request);
    }

    public SecondmentRequest compile(String id, RequestCommands.Step command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        request.compile(command.actor(), command.reason(), clock.instant());
        return store.save(request);
    }

    /** Appraisal against the gap matrix of today: the receiving unit must be short in the specialty or position. */
    public SecondmentRequest appraise(String id, RequestCommands.Step command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        if (request.getStatus() == RequestStatus.COMPILED) {
            LocalDate today = LocalDate.now(clock);
            List<RuleFinding> findings = new ArrayList<>();
            PersonFacts person = currentFacts(request, today);
            List<SecondmentRequest> pending = store.pendingFor(request.getReceivingUnitCode()).stream()
                    .filter(other -> !other.getId().equals(request.getId())).toList();
            SecondmentRules.receivingUnitShort(request.getReceivingUnitCode(),
                    lookup.gap(request.getReceivingUnitCode(), today), person,
                    (int) pending.stream().filter(other -> other.getPerson().specialtyCode()
                            .equals(person.specialtyCode())).count(),
                    (int) pending.stream().filter(other -> other.getPerson().positionCode()
                            .equals(person.positionCode())).count()).ifPresent(findings::add);
            SecondmentRules.maternity(request.getType(), person).ifPresent(findings::add);
            if (request.isSendingIsUnit()) {
                SecondmentRules.sendingUnitBelowNorm(lookup.gap(request.getSendingUnitCode(), today))
                        .ifPresent(findings::add);
            }
            List<RuleFinding> warnings = RuleRefusedException.throwIfRefused(findings);
            request.appraise(warnings, command.actor(), command.reason(), clock.instant());
        } else {
            request.appraise(List.of(), command.actor(), command.reason(), clock.instant()); // 409 on the status
        }
        return store.save(request);
    }

    public SecondmentRequest decide(String id, RequestCommands.Decide command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        if (command.outcome() == RequestCommands.Outcome.APPROVE) {
            request.approve(command.decisionNumber(), command.decisionDate(), command.actor(), command.reason(),
                    clock.instant());
        } else {
            request.reject(command.decisionNumber(), command.decisionDate(), command.actor(), command.reason(),
                    clock.instant());
        }
        return store.save(request);
    }

    public SecondmentRequest withdraw(String id, RequestCommands.Step command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        request.withdraw(command.actor(), command.reason(), clock.instant());
        return store.save(request);
    }

    public SecondmentRequest start(String id, RequestCommands.Start command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        LocalDate on = command.startedOn() != null ? command.startedOn() : LocalDate.now(clock);
        if (request.getStatus() == RequestStatus.APPROVED) {
            PersonGuard.Guard seen = guard.read(request.getPersonId());
            RuleRefusedException.throwIfRefused(SecondmentRules.oneActiveSecondment(on, request.getEndDate(),
                    held(request.getPersonId(), request.getId(), seen).stream()
                            .filter(SecondmentRules.HeldPeriod::active).toList()).stream().toList());
            guard.claim(request.getPersonId(), seen, new PersonGuard.Claim(request.getId(), on, request.getEndDate(),
                    true, clock.instant()));
        }
        request.start(on, command.actor(), command.reason(), clock.instant());
        return store.save(request);
    }

    public SecondmentRequest extend(String id, RequestCommands.Extend command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        if (request.getStatus() == RequestStatus.STARTED && request.getEndDate() != null) {
            RuleRefusedException.throwIfRefused(SecondmentRules.extension(request.getStartDate(),
                    request.getEndDate(), command.newEndDate(), command.sectorException() != null
                            ? command.sectorException() : request.getSectorException()).stream().toList());
        }
        request.extend(command.newEndDate(), command.decisionNumber(), command.decisionDate(),
                command.sectorException(), command.actor(), command.reason(), clock.instant());
        return store.save(request);
    }

    public SecondmentRequest end(String id, RequestCommands.End command) {
        SecondmentRequest request = load(id, command.expectedVersion());
        LocalDate on = command.endedOn() != null ? command.endedOn() : LocalDate.now(clock);
        request.end(on, Boolean.TRUE.equals(command.returned()) ? SecondmentEndReason.RETURNED : SecondmentEndReason.ENDED_EARLY,
                command.actor(), command.reason(), clock.instant());
        return store.save(request);
    }

    /** Clock-driven end on the end date (the person returns to the sending unit by itself). */
    public SecondmentRequest endByClock(SecondmentRequest request) {
        request.end(request.getEndDate(), SecondmentEndReason.END_DATE_REACHED, "system",
                "Hết thời hạn biệt phái / End date reached", clock.instant());
        return store.save(request);
    }

    public boolean remind(SecondmentRequest request, int daysBefore) {
        if (!request.remind(daysBefore, clock.instant())) {
            return false;
        }
        store.save(request);
        return true;
    }

    /** The person as the sending unit's roster shows them today (pregnancy may have been declared since). */
    private PersonFacts currentFacts(SecondmentRequest request, LocalDate today) {
        if (!request.isSendingIsUnit()) {
            return request.getPerson();
        }
        return lookup.unit(request.getSendingUnitCode(), today)
                .flatMap(unit -> lookup.person(unit, request.getPersonId()))
                .filter(member -> !member.outgoingSecondee())
                .map(PersonFacts::of).orElse(request.getPerson());
    }

    private SecondmentRequest load(String id, @Nullable Long expectedVersion) {
        SecondmentRequest request = store.get(id);
        SecondmentRequestStore.checkVersion(request, expectedVersion);
        return request;
    }

    /**
     * The periods the person's other requests hold: the stored ones, plus recent guard claims whose request is not
     * written yet (a concurrent nomination) or not yet started (a concurrent start).
     */
    private List<SecondmentRules.HeldPeriod> held(String personId, @Nullable String except, PersonGuard.Guard seen) {
        List<SecondmentRequest> stored = store.holdingPeriodsOf(personId).stream()
                .filter(other -> !other.getId().equals(except)).toList();
        List<SecondmentRules.HeldPeriod> held = new ArrayList<>(stored.stream()
                .map(other -> new SecondmentRules.HeldPeriod(other.getId(), other.getStartDate(), other.getEndDate(),
                        other.getStatus() == RequestStatus.STARTED))
                .toList());
        Instant recent = clock.instant().minus(PersonGuard.CLAIM_TTL);
        for (PersonGuard.Claim claim : seen.claims()) {
            if (claim.requestId().equals(except) || claim.at().isBefore(recent)) {
                continue;
            }
            Optional<SecondmentRequest> written = stored.stream()
                    .filter(other -> other.getId().equals(claim.requestId())).findFirst();
            // not among the stored ones: either not written yet, or written just after they were read (then it
            // holds its period if its status does: missing that made two concurrent nominations both pass)
            Optional<SecondmentRequest> request = written.isPresent() ? written : store.find(claim.requestId());
            boolean inFlight = request.isEmpty()
                    || written.isEmpty() && RequestStatus.HOLDING.contains(request.get().getStatus())
                    || claim.active() && request.get().getStatus() == RequestStatus.APPROVED;
            if (inFlight) {
                held.add(new SecondmentRules.HeldPeriod(claim.requestId(), claim.start(), claim.end(),
                        claim.active()));
            }
        }
        return held;
    }

    private static void checkCampaign(SecondmentCampaign campaign, RequestCommands.Nominate command, LocalDate today,
            List<Violation> problems) {
        if (campaign.getStatus() != SecondmentCampaign.Status.OPEN) {
            problems.add(Violation.ofField("campaignId", "CAMPAIGN_CLOSED", "Đợt biệt phái đã đóng. / The campaign"
                    + " is closed."));
        } else if (today.isAfter(campaign.getNominationsDue())) {
            problems.add(Violation.ofField("campaignId", "NOMINATIONS_DUE_PASSED", "Đã quá hạn đề cử "
                    + campaign.getNominationsDue() + " (" + campaign.getLegalBasis() + "). / Nominations were due by "
                    + campaign.getNominationsDue() + "."));
        }
        if (!campaign.sends(command.sendingUnitCode())) {
            problems.add(Violation.ofField("sendingUnitCode", "NOT_A_CAMPAIGN_SENDER", "Đơn vị "
                    + command.sendingUnitCode() + " không thuộc bên cử của đợt này. / Not a sender of this campaign."));
        }
        if (!campaign.receives(command.receivingUnitCode())) {
            problems.add(Violation.ofField("receivingUnitCode", "NOT_A_CAMPAIGN_RECEIVER", "Đơn vị "
                    + command.receivingUnitCode() + " không thuộc bên nhận của đợt này. / Not a receiver of this"
                    + " campaign."));
        }
    }

    /** The person's facts: from the sending unit's roster, else as the sending department gave them. */
    private PersonFacts person(RequestCommands.Nominate command, @Nullable UnitVersion sending,
            List<Violation> problems) {
        if (sending != null) {
            Optional<StaffMember> member = lookup.person(sending, command.personId());
            if (member.isPresent()) {
                if (member.get().incomingSecondee() || member.get().outgoingSecondee()) {
                    problems.add(Violation.ofField("personId", SecondmentRules.ONE_ACTIVE, "Người này đang biệt"
                            + " phái. / This person is already seconded."));
                }
                return PersonFacts.of(member.get());
            }
            if (command.person() == null) {
                problems.add(Violation.ofField("personId", "PERSON_NOT_ON_SENDING_ROSTER", "Không có người "
                        + command.personId() + " trong danh sách của đơn vị cử. / The person is not on the sending"
                        + " unit's roster."));
            }
        } else if (command.person() == null) {
            problems.add(Violation.ofField("person", "PERSON_FACTS_REQUIRED", "Cơ quan cử không có danh sách ở"
                    + " đây: cần giới tính, loại cán bộ, vị trí, chuyên môn. / A sending department must give the"
                    + " person's gender, category, position and specialty."));
        }
        RequestCommands.PersonInput input = command.person();
        if (input == null) {
            return new PersonFacts(command.personId(), null, null, Gender.MALE,
                    StaffCategory.CIVIL_SERVANT, "?", "?", false, false);
        }
        return new PersonFacts(command.personId(), input.fullName(), input.birthDate(), input.gender(),
                input.category(), input.positionCode(), input.specialtyCode(), Boolean.TRUE.equals(input.pregnant()),
                Boolean.TRUE.equals(input.childUnder36Months()));
    }
}
