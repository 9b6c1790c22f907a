package vn.twotier.staffing.secondment.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.staffing.SecondmentAppraised;
import vn.twotier.events.staffing.SecondmentApproved;
import vn.twotier.events.staffing.SecondmentCompiled;
import vn.twotier.events.staffing.SecondmentEndReason;
import vn.twotier.events.staffing.SecondmentEnded;
import vn.twotier.events.staffing.SecondmentExtended;
import vn.twotier.events.staffing.SecondmentNominated;
import vn.twotier.events.staffing.SecondmentRejected;
import vn.twotier.events.staffing.SecondmentReminderIssued;
import vn.twotier.events.staffing.SecondmentStarted;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.events.staffing.SecondmentWithdrawn;
import vn.twotier.staffing.secondment.Nfc;
import vn.twotier.staffing.secondment.PersonFacts;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.staffing.secondment.rules.RuleFinding;
import vn.twotier.support.web.ConflictException;

/**
 * One secondment (biệt phái) or transfer (điều động) request and its life cycle. Every transition checks the status,
 * appends to the audit trail and records its event: saving the document writes state and event at once.
 */
@Document("secondment_requests")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class SecondmentRequest extends OutboxAggregate {

    private @Nullable @Indexed String campaignId;
    private @Indexed String provinceCode;
    private SecondmentType type;
    private RequestStatus status;
    private PersonFacts person;
    private @Indexed String personId;
    private String sendingUnitCode;
    private boolean sendingIsUnit;
    private String receivingUnitCode;
    private LocalDate startDate;
    private @Nullable LocalDate endDate;
    private @Nullable String sectorException;
    private @Nullable String decisionNumber;
    private @Nullable LocalDate decisionDate;
    private @Nullable LocalDate endedOn;
    private @Nullable SecondmentEndReason endReason;
    private List<RuleFinding> warnings = new ArrayList<>();
    private List<Integer> remindersIssued = new ArrayList<>();
    private List<Transition> history = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;

    protected SecondmentRequest() {
    }

    static SecondmentRequest nominate(String id, @Nullable String campaignId, String provinceCode,
            SecondmentType type, PersonFacts person, String sendingUnitCode, boolean sendingIsUnit,
            String receivingUnitCode, LocalDate startDate, @Nullable LocalDate endDate,
            @Nullable String sectorException, List<RuleFinding> warnings, String actor, @Nullable String reason,
            Instant now) {
        SecondmentRequest request = new SecondmentRequest();
        request.id = id;
        request.campaignId = campaignId;
        request.provinceCode = provinceCode;
        request.type = type;
        request.person = person;
        request.personId = person.personId();
        request.sendingUnitCode = sendingUnitCode;
        request.sendingIsUnit = sendingIsUnit;
        request.receivingUnitCode = receivingUnitCode;
        request.startDate = startDate;
        request.endDate = endDate;
        request.sectorException = Nfc.of(sectorException);
        request.warnings = new ArrayList<>(warnings);
        request.createdAt = now;
        request.status = RequestStatus.NOMINATED;
        request.step("nominate", null, RequestStatus.NOMINATED, actor, reason, now);
        request.record(new SecondmentNominated(id, campaignId, provinceCode, type, person.personId(), sendingUnitCode,
                receivingUnitCode, startDate, endDate, person.specialtyCode(), person.positionCode(), actor, reason),
                now);
        return request;
    }

    void compile(String actor, @Nullable String reason, Instant now) {
        move("compile", Set.of(RequestStatus.NOMINATED), RequestStatus.COMPILED, actor, reason, now);
        record(new SecondmentCompiled(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, actor, reason), now);
    }

    void appraise(List<RuleFinding> findings, String actor, @Nullable String reason, Instant now) {
        move("appraise", Set.of(RequestStatus.COMPILED), RequestStatus.APPRAISED, actor, reason, now);
        findings.stream().filter(finding -> warnings.stream().noneMatch(w -> w.rule().equals(finding.rule())))
                .forEach(warnings::add);
        record(new SecondmentAppraised(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, true, warnings.stream().map(RuleFinding::rule).toList(),
                actor, reason), now);
    }

    void approve(String number, LocalDate date, String actor, @Nullable String reason, Instant now) {
        move("approve", Set.of(RequestStatus.APPRAISED), RequestStatus.APPROVED, actor, reason, now);
        decisionNumber = Nfc.of(number);
        decisionDate = date;
        record(new SecondmentApproved(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, number, date, actor, reason), now);
    }

    void reject(String number, LocalDate date, String actor, @Nullable String reason, Instant now) {
        move("reject", Set.of(RequestStatus.COMPILED, RequestStatus.APPRAISED), RequestStatus.REJECTED, actor,
                reason, now);
        decisionNumber = Nfc.of(number);
        decisionDate = date;
        record(new SecondmentRejected(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, number, date, actor, reason), now);
    }

    void withdraw(String actor, @Nullable String reason, Instant now) {
        RequestStatus from = status;
        move("withdraw", RequestStatus.BEFORE_START, RequestStatus.WITHDRAWN, actor, reason, now);
        record(new SecondmentWithdrawn(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, from.name(), actor, reason), now);
    }

    void start(LocalDate on, String actor, @Nullable String reason, Instant now) {
        move("start", Set.of(RequestStatus.APPROVED), RequestStatus.STARTED, actor, reason, now);
        if (endDate != null && !on.equals(startDate)) {
            endDate = endDate.plusDays(on.toEpochDay() - startDate.toEpochDay()); // keep the decided duration
        }
        startDate = on;
        record(new SecondmentStarted(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, actor, reason), now);
    }

    void extend(LocalDate newEnd, String number, LocalDate date, @Nullable String exception, String actor,
            @Nullable String reason, Instant now) {
        if (type != SecondmentType.SECONDMENT) {
            throw new ConflictException("invalid-transition", "Điều động là lâu dài, không gia hạn. / A transfer is"
                    + " permanent and cannot be extended.");
        }
        LocalDate previous = endDate;
        move("extend", Set.of(RequestStatus.STARTED), RequestStatus.STARTED, actor, reason, now);
        endDate = newEnd;
        decisionNumber = Nfc.of(number);
        decisionDate = date;
        if (exception != null && !exception.isBlank()) {
            sectorException = Nfc.of(exception);
        }
        remindersIssued = new ArrayList<>(); // a new end date gets its own reminders
        record(new SecondmentExtended(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, previous, number, date, exception, actor, reason), now);
    }

    void end(LocalDate on, SecondmentEndReason why, String actor, @Nullable String reason, Instant now) {
        if (type != SecondmentType.SECONDMENT) {
            throw new ConflictException("invalid-transition", "Điều động là lâu dài, không có ngày trở về. / A"
                    + " transfer is permanent: there is no return.");
        }
        move(why == SecondmentEndReason.END_DATE_REACHED ? "end-by-clock"
                : why == SecondmentEndReason.RETURNED ? "return" : "end-early",
                Set.of(RequestStatus.STARTED), RequestStatus.ENDED, actor, reason, now);
        endedOn = on;
        endReason = why;
        record(new SecondmentEnded(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, on, why, actor, reason), now);
    }

    /** Records the reminder {@code daysBefore} the end once; false when it was already issued. */
    boolean remind(int daysBefore, Instant now) {
        if (remindersIssued.contains(daysBefore) || status != RequestStatus.STARTED) {
            return false;
        }
        remindersIssued.add(daysBefore);
        updatedAt = now;
        history.add(new Transition("remind-" + daysBefore, status, status, "system", now,
                "Còn " + daysBefore + " ngày đến hạn kết thúc biệt phái / " + daysBefore + " days before the end"));
        record(new SecondmentReminderIssued(id, campaignId, provinceCode, type, personId, sendingUnitCode,
                receivingUnitCode, startDate, endDate, daysBefore, "system", null), now);
        return true;
    }

    private void move(String action, Set<RequestStatus> allowed, RequestStatus to, String actor,
            @Nullable String reason, Instant now) {
        if (!allowed.contains(status)) {
            throw new ConflictException("invalid-transition", "Không thể " + action + " khi đề nghị đang ở trạng"
                    + " thái " + status + " (" + status.vietnamese() + "). / Cannot " + action + " a request that"
                    + " is " + status + "; allowed from " + allowed + ".")
                    .with("requestStatus", status.name()).with("action", action);
        }
        RequestStatus from = status;
        status = to;
        step(action, from, to, actor, reason, now);
    }

    private void step(String action, @Nullable RequestStatus from, RequestStatus to, String actor,
            @Nullable String reason, Instant now) {
        history.add(new Transition(action, from, to, Nfc.of(actor), now, Nfc.of(reason)));
        updatedAt = now;
    }

    public @Nullable String getCampaignId() {
        return campaignId;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public SecondmentType getType() {
        return type;
    }

    public RequestStatus getStatus() {
        return status;
    }

    public PersonFacts getPerson() {
        return person;
    }

    public String getPersonId() {
        return personId;
    }

    public String getSendingUnitCode() {
        return sendingUnitCode;
    }

    public boolean isSendingIsUnit() {
        return sendingIsUnit;
    }

    public String getReceivingUnitCode() {
        return receivingUnitCode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public @Nullable String getSectorException() {
        return sectorException;
    }

    public @Nullable String getDecisionNumber() {
        return decisionNumber;
    }

    public @Nullable LocalDate getDecisionDate() {
        return decisionDate;
    }

    public @Nullable LocalDate getEndedOn() {
        return endedOn;
    }

    public @Nullable SecondmentEndReason getEndReason() {
        return endReason;
    }

    public List<RuleFinding> getWarnings() {
        return List.copyOf(warnings);
    }

    public List<Integer> getRemindersIssued() {
        return List.copyOf(remindersIssued);
    }

    public List<Transition> getHistory() {
        return List.copyOf(history);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
