package vn.twotier.staffing.secondment.xlsx;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;
import vn.twotier.staffing.roster.RosterFileReader;
import vn.twotier.staffing.secondment.campaign.BulkNominator;
import vn.twotier.staffing.secondment.request.RequestCommands;
import vn.twotier.support.web.Violation;

/**
 * A nomination list (XLSX first sheet, or CSV): {@code person_id, sending_unit_code, receiving_unit_code,
 * start_date}, optional {@code type} (SECONDMENT/TRANSFER, biệt phái/điều động), {@code end_date}, {@code reason},
 * {@code sector_exception}; for people of a department (no roster here) {@code gender, category, position,
 * specialty}, optional {@code full_name, birth_date, pregnant, child_under_36_months}.
 */
public final class NominationFile {

    private NominationFile() {
    }

    public static List<BulkNominator.Line> read(String fileName, byte[] content, @Nullable String campaignId,
            String actor) {
        List<BulkNominator.Line> lines = new ArrayList<>();
        for (RosterFileReader.RawRow row : RosterFileReader.read(fileName, content)) {
            Map<String, String> v = row.values();
            List<Violation> problems = new ArrayList<>();
            String personId = required(v, "person_id", row.line(), problems);
            String sending = required(v, "sending_unit_code", row.line(), problems);
            String receiving = required(v, "receiving_unit_code", row.line(), problems);
            LocalDate start = date(v, "start_date", row.line(), problems, true);
            LocalDate end = date(v, "end_date", row.line(), problems, false);
            SecondmentType type = type(v.getOrDefault("type", ""), row.line(), problems);
            RequestCommands.PersonInput person = person(v, row.line(), problems);
            RequestCommands.Nominate command = new RequestCommands.Nominate(campaignId, blankToNull(
                    v.get("province_code")), type, personId, sending, receiving, start, end,
                    blankToNull(v.get("sector_exception")), person, actor, blankToNull(v.get("reason")));
            lines.add(new BulkNominator.Line(row.line(), personId, command, problems));
        }
        return lines;
    }

    private static RequestCommands.@Nullable PersonInput person(Map<String, String> v, int line,
            List<Violation> problems) {
        if (blankToNull(v.get("category")) == null) {
            return null;
        }
        try {
            String gender = v.getOrDefault("gender", "").strip().toLowerCase(Locale.ROOT);
            return new RequestCommands.PersonInput(blankToNull(v.get("full_name")),
                    blankToNull(v.get("birth_date")) == null ? null : LocalDate.parse(v.get("birth_date")),
                    gender.equals("nữ") || gender.equals("female") || gender.equals("f") ? Gender.FEMALE : Gender.MALE,
                    StaffCategory.valueOf(v.get("category").strip().toUpperCase(Locale.ROOT)),
                    v.getOrDefault("position", ""), v.getOrDefault("specialty", ""), yes(v.get("pregnant")),
                    yes(v.get("child_under_36_months")));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(Violation.atLine(line, "category", "INVALID_PERSON", "Thông tin người không hợp lệ. / "
                    + "Invalid person facts: " + e.getMessage()));
            return null;
        }
    }

    private static SecondmentType type(String text, int line, List<Violation> problems) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || t.equals("secondment") || t.equals("biệt phái")) {
            return SecondmentType.SECONDMENT;
        }
        if (t.equals("transfer") || t.equals("điều động")) {
            return SecondmentType.TRANSFER;
        }
        problems.add(Violation.atLine(line, "type", "INVALID_TYPE", "Loại phải là biệt phái hoặc điều động. / "
                + "type must be SECONDMENT or TRANSFER."));
        return SecondmentType.SECONDMENT;
    }

    private static String required(Map<String, String> v, String column, int line, List<Violation> problems) {
        String value = v.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            problems.add(Violation.atLine(line, column, "REQUIRED", "Thiếu " + column + ". / " + column
                    + " is required."));
        }
        return value;
    }

    private static @Nullable LocalDate date(Map<String, String> v, String column, int line, List<Violation> problems,
            boolean required) {
        String value = v.getOrDefault(column, "").strip();
        if (value.isEmpty()) {
            if (required) {
                problems.add(Violation.atLine(line, column, "REQUIRED", "Thiếu " + column + ". / " + column
                        + " is required."));
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add(Violation.atLine(line, column, "INVALID_DATE", "Ngày không hợp lệ (yyyy-mm-dd). / "
                    + "Invalid date (yyyy-mm-dd)."));
            return null;
        }
    }

    private static boolean yes(@Nullable String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return t.equals("true") || t.equals("1") || t.equals("x") || t.equals("có") || t.equals("yes");
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
