package vn.twotier.staffing.secondment.campaign;

import java.util.List;

/**
 * How far a campaign went, per sender and per receiver: requests nominated (not withdrawn), appraised, decided
 * (approved or rejected), approved and started. {@code quotaMet} when a sender nominated at least its quota.
 */
public record CampaignProgress(String campaignId, String legalBasis, String status, Counts total,
        List<SenderLine> senders, List<ReceiverLine> receivers) {

    public record Counts(int nominated, int appraised, int decided, int approved, int started, int withdrawn) {
    }

    public record SenderLine(String code, String name, String kind, int quota, String quotaBasis, Counts counts,
            boolean quotaMet) {
    }

    public record ReceiverLine(String code, String name, int shortageAtOpening, Counts counts) {
    }
}
