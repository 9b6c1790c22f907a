package vn.twotier.staffing.secondment.campaign;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import vn.twotier.events.staffing.GapStatus;
import vn.twotier.staffing.gap.UnitGap;
import vn.twotier.staffing.secondment.GapLookup;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign.Receiver;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign.Sender;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign.SenderKind;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.staffing.secondment.request.SecondmentRequestStore;
import vn.twotier.staffing.secondment.request.Transition;

/** Opens campaigns from the gap matrix (quotas, receivers), closes them, and reports their progress. */
@Service
public class CampaignService {

    /** Conclusion 586-KL/TU: land, finance, environment, construction, IT and public-administrative-service centres. */
    public static final List<String> DEFAULT_PRIORITY = List.of("LAND", "FINANCE", "ENVIRONMENT", "CONSTRUCTION",
            "IT", "ONE_STOP");
    public static final int DEFAULT_SHARE_PERCENT = 5;

    private final CampaignStore store;
    private final SecondmentRequestStore requests;
    private final GapLookup lookup;
    private final Clock clock;

    public CampaignService(CampaignStore store, SecondmentRequestStore requests, GapLookup lookup, Clock clock) {
        this.store = store;
        this.requests = requests;
        this.lookup = lookup;
        this.clock = clock;
    }

    public SecondmentCampaign open(CampaignCommands.Open command) {
        LocalDate asOf = command.asOf() != null ? command.asOf() : LocalDate.now(clock);
        Map<String, UnitGap> gaps = lookup.province(command.provinceCode(), asOf).stream()
                .collect(Collectors.toMap(UnitGap::unitCode, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        int share = command.minimumSharePercent() != null ? command.minimumSharePercent() : DEFAULT_SHARE_PERCENT;
        List<Sender> senders = new ArrayList<>();
        if (command.agencies() != null) {
            command.agencies().forEach(agency -> senders.add(new Sender(agency.code(), SenderKind.AGENCY,
                    agency.name(), agency.civilServants(), (agency.civilServants() * share + 99) / 100,
                    "≥ " + share + " % công chức (Kết luận 586-KL/TU) / at least " + share + " % of civil servants")));
        }
        Set<String> listed = command.sendingUnitCodes() == null ? Set.of() : Set.copyOf(command.sendingUnitCodes());
        boolean large = command.includeLargeUnits() == null || command.includeLargeUnits();
        boolean surplus = Boolean.TRUE.equals(command.includeSurplusUnits());
        for (UnitGap gap : gaps.values()) {
            boolean isLarge = large && gap.atOrAboveThreshold();
            boolean isSurplus = surplus && gap.status() == GapStatus.SURPLUS;
            if (listed.contains(gap.unitCode()) || isLarge || isSurplus) {
                String basis = isLarge ? "≥ " + gap.threshold() + " CBCC: liệt kê số dôi dư (Kết luận 586-KL/TU) / "
                        + "at least " + gap.threshold() + " staff: list the surplus"
                        : isSurplus ? "Vượt khung biên chế: liệt kê số dôi dư (Kết luận 07-KL/TU) / above the frame: "
                        + "list the surplus" : "Được chỉ định / listed";
                senders.add(new Sender(gap.unitCode(), SenderKind.UNIT, gap.name(), gap.actual(),
                        Math.max(0, gap.surplus()), basis));
            }
        }
        List<Receiver> receivers = new ArrayList<>();
        if (command.receivingUnitCodes() != null && !command.receivingUnitCodes().isEmpty()) {
            command.receivingUnitCodes().forEach(code -> {
                UnitGap gap = gaps.get(code);
                receivers.add(new Receiver(code, gap == null ? code : gap.name(), gap == null ? 0 : gap.shortage(),
                        gap == null ? List.of() : gap.missingSpecialties()));
            });
        } else {
            gaps.values().stream().filter(gap -> gap.status() == GapStatus.SHORT)
                    .forEach(gap -> receivers.add(new Receiver(gap.unitCode(), gap.name(), gap.shortage(),
                            gap.missingSpecialties())));
        }
        SecondmentCampaign campaign = SecondmentCampaign.open(UUID.randomUUID().toString(), command.provinceCode(),
                command.title(), command.legalBasis(), senders, receivers,
                command.prioritySpecialties() != null ? command.prioritySpecialties() : DEFAULT_PRIORITY,
                command.nominationsDue(), command.decisionsDue(), asOf, command.actor(), clock.instant());
        return store.insert(campaign);
    }

    public SecondmentCampaign close(String id, CampaignCommands.Close command) {
        SecondmentCampaign campaign = store.get(id);
        campaign.close(requests.search(id, null, null, null).size(), command.actor(), command.reason(),
                clock.instant());
        return store.save(campaign);
    }

    public CampaignProgress progress(String id) {
        SecondmentCampaign campaign = store.get(id);
        List<SecondmentRequest> all = requests.search(id, null, null, null);
        List<CampaignProgress.SenderLine> senders = new ArrayList<>();
        for (Sender sender : campaign.getSenders()) {
            CampaignProgress.Counts counts = counts(all.stream()
                    .filter(request -> request.getSendingUnitCode().equals(sender.code())).toList());
            senders.add(new CampaignProgress.SenderLine(sender.code(), sender.name(), sender.kind().name(),
                    sender.quota(), sender.quotaBasis(), counts, counts.nominated() >= sender.quota()));
        }
        List<CampaignProgress.ReceiverLine> receivers = campaign.getReceivers().stream()
                .map(receiver -> new CampaignProgress.ReceiverLine(receiver.code(), receiver.name(),
                        receiver.shortage(), counts(all.stream()
                        .filter(request -> request.getReceivingUnitCode().equals(receiver.code())).toList())))
                .toList();
        return new CampaignProgress(id, campaign.getLegalBasis(), campaign.getStatus().name(), counts(all), senders,
                receivers);
    }

    /** Counts by stage reached, read from each request's audit trail (a rejected one was decided, maybe appraised). */
    static CampaignProgress.Counts counts(List<SecondmentRequest> requests) {
        int nominated = 0;
        int appraised = 0;
        int decided = 0;
        int approved = 0;
        int started = 0;
        int withdrawn = 0;
        for (SecondmentRequest request : requests) {
            Set<String> actions = request.getHistory().stream().map(Transition::action).collect(Collectors.toSet());
            if (actions.contains("withdraw")) {
                withdrawn++;
                continue;
            }
            nominated++;
            appraised += actions.contains("appraise") ? 1 : 0;
            decided += actions.contains("approve") || actions.contains("reject") ? 1 : 0;
            approved += actions.contains("approve") ? 1 : 0;
            started += actions.contains("start") ? 1 : 0;
        }
        return new CampaignProgress.Counts(nominated, appraised, decided, approved, started, withdrawn);
    }
}
