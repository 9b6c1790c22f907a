package vn.twotier.staffing.secondment.campaign;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.staffing.SecondmentCampaignClosed;
import vn.twotier.events.staffing.SecondmentCampaignOpened;
import vn.twotier.staffing.secondment.Nfc;
import vn.twotier.support.outbox.AggregateWriter;
import vn.twotier.support.outbox.OutboxAggregate;
import vn.twotier.support.web.ConflictException;

/**
 * A secondment campaign, e.g. under Kết luận 07-KL/TU: its legal basis, who sends (departments with a quota of
 * ≥ 5 % of their civil servants, communes with ≥ 80 staff or above their frame listing their surplus), who receives
 * (short communes from the gap matrix), priority specialties and deadlines.
 */
@Document("secondment_campaigns")
@CompoundIndex(name = "id_version", def = AggregateWriter.VERSION_INDEX, unique = true)
public class SecondmentCampaign extends OutboxAggregate {

    public enum Status {
        OPEN,
        CLOSED
    }

    public enum SenderKind {
        AGENCY,
        UNIT
    }

    /** A sending agency or unit with the number of people it must list and why. */
    public record Sender(String code, SenderKind kind, String name, int staffCount, int quota, String quotaBasis) {
    }

    /** A receiving unit, short on the gap matrix when the campaign opened. */
    public record Receiver(String code, String name, int shortage, List<String> missingSpecialties) {
    }

    /** One audited step of the campaign: who, when, why. */
    public record Step(String action, String actor, Instant at, @Nullable String reason) {
    }

    private @Indexed String provinceCode;
    private String title;
    private String legalBasis;
    private Status status;
    private List<Sender> senders = new ArrayList<>();
    private List<Receiver> receivers = new ArrayList<>();
    private List<String> prioritySpecialties = new ArrayList<>();
    private LocalDate nominationsDue;
    private @Nullable LocalDate decisionsDue;
    private LocalDate openedAsOf;
    private List<Step> history = new ArrayList<>();
    private Instant createdAt;
    private Instant updatedAt;

    protected SecondmentCampaign() {
    }

    static SecondmentCampaign open(String id, String provinceCode, String title, String legalBasis,
            List<Sender> senders, List<Receiver> receivers, List<String> prioritySpecialties, LocalDate nominationsDue,
            @Nullable LocalDate decisionsDue, LocalDate asOf, String actor, Instant now) {
        SecondmentCampaign campaign = new SecondmentCampaign();
        campaign.id = id;
        campaign.provinceCode = provinceCode;
        campaign.title = Nfc.of(title);
        campaign.legalBasis = Nfc.of(legalBasis);
        campaign.status = Status.OPEN;
        campaign.senders = new ArrayList<>(senders);
        campaign.receivers = new ArrayList<>(receivers);
        campaign.prioritySpecialties = new ArrayList<>(prioritySpecialties);
        campaign.nominationsDue = nominationsDue;
        campaign.decisionsDue = decisionsDue;
        campaign.openedAsOf = asOf;
        campaign.createdAt = now;
        campaign.updatedAt = now;
        campaign.history.add(new Step("open", Nfc.of(actor), now, campaign.legalBasis));
        campaign.record(new SecondmentCampaignOpened(id, provinceCode, legalBasis,
                senders.stream().map(Sender::code).toList(), receivers.stream().map(Receiver::code).toList(),
                prioritySpecialties, nominationsDue, decisionsDue, actor), now);
        return campaign;
    }

    void close(int requests, String actor, @Nullable String reason, Instant now) {
        if (status != Status.OPEN) {
            throw new ConflictException("invalid-transition", "Đợt biệt phái đã đóng. / The campaign is already"
                    + " closed.");
        }
        status = Status.CLOSED;
        updatedAt = now;
        history.add(new Step("close", Nfc.of(actor), now, Nfc.of(reason)));
        record(new SecondmentCampaignClosed(id, provinceCode, requests, actor, reason), now);
    }

    public boolean sends(String code) {
        return senders.isEmpty() || senders.stream().anyMatch(sender -> sender.code().equals(code));
    }

    public boolean receives(String code) {
        return receivers.isEmpty() || receivers.stream().anyMatch(receiver -> receiver.code().equals(code));
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getTitle() {
        return title;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public Status getStatus() {
        return status;
    }

    public List<Sender> getSenders() {
        return List.copyOf(senders);
    }

    public List<Receiver> getReceivers() {
        return List.copyOf(receivers);
    }

    public List<String> getPrioritySpecialties() {
        return List.copyOf(prioritySpecialties);
    }

    public LocalDate getNominationsDue() {
        return nominationsDue;
    }

    public @Nullable LocalDate getDecisionsDue() {
        return decisionsDue;
    }

    public LocalDate getOpenedAsOf() {
        return openedAsOf;
    }

    public List<Step> getHistory() {
        return List.copyOf(history);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
