package vn.twotier.staffing.secondment.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.gap.UnitGap;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;
import vn.twotier.staffing.secondment.PersonFacts;
import vn.twotier.staffing.secondment.rules.RuleFinding.Severity;

/**
 * The legal limits of secondment (biệt phái) and transfer (điều động), one method per rule, pure (no I/O): each
 * returns a finding when the rule speaks, empty when the request complies.
 */
public final class SecondmentRules {

    public static final int MAX_YEARS = 3;

    public static final String PERIOD_BASIS = "Nghị định 138/2020/NĐ-CP; Luật Viên chức 2010 Điều 36 / "
            + "Decree 138/2020/ND-CP; Law on Public Employees 2010 Art. 36";
    public static final String MATERNITY_BASIS = "Luật Viên chức 2010 Điều 36 khoản 4 / "
            + "Law on Public Employees 2010 Art. 36(4)";
    public static final String MATERNITY_CIVIL_SERVANT_BASIS = "Luật Cán bộ, công chức (Điều 53, 2008) — chưa xác nhận"
            + " / Law on Cadres and Civil Servants (Art. 53, 2008) — to be confirmed";
    public static final String SHORTAGE_BASIS = "Kết luận 586-KL/TU, 07-KL/TU Tỉnh ủy Nghệ An; Công văn 09/CV-BCĐ"
            + " / Nghệ An Conclusions 586-KL/TU, 07-KL/TU; Official Letter 09/CV-BCĐ";
    public static final String ONE_ACTIVE_BASIS = "Nghị định 138/2020/NĐ-CP (một quyết định biệt phái cho một thời hạn)"
            + " / Decree 138/2020/ND-CP (one secondment decision for one period)";

    /** Rule codes, as they appear in problem details and on requests. */
    public static final String MAX_PERIOD = "MAX_PERIOD_3_YEARS";
    public static final String END_DATE_REQUIRED = "END_DATE_REQUIRED";
    public static final String PERIOD_ORDER = "END_AFTER_START";
    public static final String EXTENSION_CAP = "EXTENSION_WITHIN_3_YEARS";
    public static final String MATERNITY = "NO_SECONDMENT_PREGNANT_OR_CHILD_UNDER_36_MONTHS";
    public static final String MATERNITY_TO_CONFIRM = "PREGNANT_OR_CHILD_UNDER_36_MONTHS_CIVIL_SERVANT_TO_CONFIRM";
    public static final String RECEIVING_SHORT = "RECEIVING_UNIT_SHORT_IN_SPECIALTY_OR_POSITION";
    public static final String SENDING_BELOW_NORM = "SENDING_UNIT_BELOW_NORM";
    public static final String ONE_ACTIVE = "ONE_ACTIVE_SECONDMENT_NO_OVERLAP";

    private SecondmentRules() {
    }

    /** A secondment has an end date, after its start, at most 3 years on (unless a sector exception is recorded). */
    public static Optional<RuleFinding> period(SecondmentType type, LocalDate start, @Nullable LocalDate end,
            @Nullable String sectorException) {
        if (end == null) {
            return type == SecondmentType.SECONDMENT ? refuse(END_DATE_REQUIRED, PERIOD_BASIS,
                    "Biệt phái phải có thời hạn (ngày kết thúc).",
                    "A secondment must have an end date.") : Optional.empty();
        }
        if (!end.isAfter(start)) {
            return refuse(PERIOD_ORDER, PERIOD_BASIS, "Ngày kết thúc phải sau ngày bắt đầu.",
                    "The end date must be after the start date.");
        }
        if (type == SecondmentType.SECONDMENT && end.isAfter(start.plusYears(MAX_YEARS)) && blank(sectorException)) {
            return refuse(MAX_PERIOD, PERIOD_BASIS,
                    "Thời hạn biệt phái không quá 03 năm (từ " + start + " đến muộn nhất " + start.plusYears(MAX_YEARS)
                            + "), trừ ngành, lĩnh vực có quy định riêng.",
                    "A secondment lasts at most 3 years (from " + start + " to " + start.plusYears(MAX_YEARS)
                            + " at the latest) unless a sector exception with its legal basis is recorded.");
        }
        return Optional.empty();
    }

    /** An extension keeps the whole period within 3 years of the start, unless a sector exception is recorded. */
    public static Optional<RuleFinding> extension(LocalDate start, LocalDate currentEnd, LocalDate newEnd,
            @Nullable String sectorException) {
        if (!newEnd.isAfter(currentEnd)) {
            return refuse(PERIOD_ORDER, PERIOD_BASIS, "Ngày kết thúc mới phải sau ngày kết thúc hiện tại " + currentEnd
                    + ".", "The new end date must be after the current end date " + currentEnd + ".");
        }
        if (newEnd.isAfter(start.plusYears(MAX_YEARS)) && blank(sectorException)) {
            return refuse(EXTENSION_CAP, PERIOD_BASIS,
                    "Gia hạn vượt quá 03 năm kể từ ngày bắt đầu " + start + "; cần ghi căn cứ pháp lý của ngành, "
                            + "lĩnh vực được phép dài hơn.",
                    "The extension goes beyond 3 years from the start " + start + "; record the legal basis of the "
                            + "sector exception to go further.");
        }
        return Optional.empty();
    }

    /**
     * No secondment of a woman public employee who is pregnant or raising a child under 36 months; for cadres and
     * civil servants the same is flagged as a warning until the rule is confirmed. Transfers are not concerned.
     */
    public static Optional<RuleFinding> maternity(SecondmentType type, PersonFacts person) {
        boolean concerned = person.pregnant() || (person.childUnder36Months() && person.gender() == Gender.FEMALE);
        if (type != SecondmentType.SECONDMENT || !concerned) {
            return Optional.empty();
        }
        if (person.category() == StaffCategory.PUBLIC_EMPLOYEE) {
            return refuse(MATERNITY, MATERNITY_BASIS,
                    "Không biệt phái viên chức nữ đang mang thai hoặc nuôi con dưới 36 tháng tuổi.",
                    "A woman public employee who is pregnant or raising a child under 36 months is not seconded.");
        }
        return warn(MATERNITY_TO_CONFIRM, MATERNITY_CIVIL_SERVANT_BASIS,
                "Người được đề nghị đang mang thai hoặc nuôi con dưới 36 tháng tuổi; quy định đối với công chức cần "
                        + "xác nhận.",
                "The person is pregnant or raising a child under 36 months; the rule for civil servants is to be "
                        + "confirmed.");
    }

    /**
     * At appraisal the receiving unit must be short, on the gap matrix, in the person's specialty or position.
     * {@code receiving} is null when the unit has no staffing data (then nothing shows it short).
     */
    public static Optional<RuleFinding> receivingUnitShort(String receivingUnitCode, @Nullable UnitGap receiving,
            PersonFacts person) {
        return receivingUnitShort(receivingUnitCode, receiving, person, 0, 0);
    }

    /**
     * The same, net of the requests already appraised or approved for that unit and not yet started (they will fill
     * part of the shortage): {@code pendingSpecialty} of them in the person's specialty, {@code pendingPosition} in
     * the person's position.
     */
    public static Optional<RuleFinding> receivingUnitShort(String receivingUnitCode, @Nullable UnitGap receiving,
            PersonFacts person, int pendingSpecialty, int pendingPosition) {
        int specialtyShortage = 0;
        int positionShortage = 0;
        if (receiving != null) {
            specialtyShortage = receiving.specialties().stream()
                    .filter(line -> line.specialty().equals(person.specialtyCode()))
                    .mapToInt(line -> -line.difference()).sum();
            positionShortage = receiving.positions().stream()
                    .filter(line -> line.positionCode().equals(person.positionCode()))
                    .mapToInt(line -> -line.difference()).sum();
            if (specialtyShortage - pendingSpecialty > 0 || positionShortage - pendingPosition > 0) {
                return Optional.empty();
            }
        }
        String why = receiving == null ? "chưa có số liệu biên chế / no staffing data"
                : "thiếu " + Math.max(0, specialtyShortage) + " theo chuyên môn, " + Math.max(0, positionShortage)
                        + " theo vị trí; đã có " + pendingSpecialty + " đề nghị đang chờ / short "
                        + Math.max(0, specialtyShortage) + " by specialty, " + Math.max(0, positionShortage)
                        + " by position, " + pendingSpecialty + " requests already pending";
        return refuse(RECEIVING_SHORT, SHORTAGE_BASIS,
                "Đơn vị tiếp nhận " + receivingUnitCode + " không thiếu người ở chuyên môn " + person.specialtyCode()
                        + " hay vị trí " + person.positionCode() + " trên ma trận thừa/thiếu (" + why + ").",
                "The receiving unit " + receivingUnitCode + " is not short in specialty " + person.specialtyCode()
                        + " or position " + person.positionCode() + " on the gap matrix.");
    }

    /** A warning when sending the person leaves the sending unit below its own frame. */
    public static Optional<RuleFinding> sendingUnitBelowNorm(@Nullable UnitGap sending) {
        if (sending == null || sending.actual() - 1 >= sending.frame()) {
            return Optional.empty();
        }
        return warn(SENDING_BELOW_NORM, SHORTAGE_BASIS,
                "Đơn vị cử đi " + sending.unitCode() + " sẽ còn " + (sending.actual() - 1) + " người, dưới định mức "
                        + sending.frame() + ".",
                "The sending unit " + sending.unitCode() + " would have " + (sending.actual() - 1)
                        + " people, below its frame of " + sending.frame() + ".");
    }

    /** A period another request of the same person holds: an active secondment, or a pending one. */
    public record HeldPeriod(String requestId, LocalDate start, @Nullable LocalDate end, boolean active) {
    }

    /** One person, one active secondment, and no two requests of one person with overlapping periods. */
    public static Optional<RuleFinding> oneActiveSecondment(LocalDate start, @Nullable LocalDate end,
            List<HeldPeriod> others) {
        for (HeldPeriod other : others) {
            boolean overlaps = (other.end() == null || !start.isAfter(other.end()))
                    && (end == null || !other.start().isAfter(end));
            if (other.active() || overlaps) {
                return refuse(ONE_ACTIVE, ONE_ACTIVE_BASIS,
                        "Người này đã có đề nghị/quyết định " + other.requestId() + " (" + other.start() + " – "
                                + (other.end() == null ? "…" : other.end()) + ") "
                                + (other.active() ? "đang thực hiện." : "trùng thời gian."),
                        "This person already has request " + other.requestId() + " ("
                                + (other.active() ? "active" : "overlapping period") + ").");
            }
        }
        return Optional.empty();
    }

    private static Optional<RuleFinding> refuse(String rule, String basis, String vi, String en) {
        return Optional.of(new RuleFinding(rule, Severity.REFUSAL, basis, vi, en));
    }

    private static Optional<RuleFinding> warn(String rule, String basis, String vi, String en) {
        return Optional.of(new RuleFinding(rule, Severity.WARNING, basis, vi, en));
    }

    private static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
