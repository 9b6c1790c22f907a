package vn.twotier.staffing.roster;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.twotier.staffing.reference.Position;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.RosterFileReader.RawRow;
import vn.twotier.staffing.unit.UnitVersion;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * Checks every row of a roster file and builds the rosters it describes. All problems are collected (line, column,
 * code, message); one problem rejects the whole file. Messages never repeat a person's name.
 */
final class RosterRowParser {

    static final List<String> REQUIRED = List.of("person_id", "full_name", "birth_date", "gender", "category",
            "position", "unit_code");
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("d/M/yyyy"), DateTimeFormatter.ofPattern("d-M-yyyy"));

    private final String provinceCode;
    private final LocalDate asOf;
    private final Map<String, UnitVersion> units;
    private final Map<String, Position> positions;
    private final Set<String> specialties;

    RosterRowParser(String provinceCode, LocalDate asOf, Map<String, UnitVersion> units,
            Map<String, Position> positions, Set<String> specialties) {
        this.provinceCode = provinceCode;
        this.asOf = asOf;
        this.units = units;
        this.positions = positions;
        this.specialties = specialties;
    }

    Map<UnitVersion, List<StaffMember>> parse(List<RawRow> rows) {
        List<Violation> violations = new ArrayList<>();
        if (rows.isEmpty()) {
            throw new ValidationFailedException("invalid-roster", "The file has no staff rows.",
                    List.of(Violation.atLine(1, null, "empty", "No data rows after the header")));
        }
        for (String column : REQUIRED) {
            if (!rows.get(0).values().containsKey(column)) {
                violations.add(Violation.atLine(1, column, "missing-column", "Column " + column + " is required"));
            }
        }
        if (!violations.isEmpty()) {
            throw rejected(violations);
        }
        Map<UnitVersion, List<StaffMember>> rosters = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (RawRow row : rows) {
            Row r = new Row(row, violations);
            String personId = r.required("person_id");
            if (personId != null && firstLine.putIfAbsent(personId, row.line()) != null) {
                r.fail("person_id", "duplicate", "Person " + personId + " is already listed on line "
                        + firstLine.get(personId));
            }
            String fullName = r.required("full_name");
            LocalDate birthDate = r.date("birth_date");
            Gender gender = r.gender();
            StaffCategory category = r.category();
            Position position = r.position();
            String specialty = r.optional("specialty");
            if (specialty == null && position != null) {
                specialty = position.specialty();
            } else if (specialty != null && !specialties.contains(specialty.toUpperCase(Locale.ROOT))) {
                r.fail("specialty", "unknown", "Specialty " + specialty + " is not in the reference data");
            }
            UnitVersion unit = r.unit();
            boolean pregnant = r.flag("pregnant");
            boolean youngChild = r.flag("child_under_36_months");
            if (pregnant && gender == Gender.MALE) {
                r.fail("pregnant", "inconsistent", "Pregnancy is flagged for a person recorded as male");
            }
            if (birthDate != null) {
                int age = Period.between(birthDate, asOf).getYears();
                if (age < 18 || age > 70) {
                    r.fail("birth_date", "implausible-age", "Age on " + asOf + " would be " + age
                            + " (expected 18–70)");
                }
            }
            if (r.ok()) {
                rosters.computeIfAbsent(unit, key -> new ArrayList<>()).add(new StaffMember(personId, fullName,
                        birthDate, gender, category, position.code(), specialty.toUpperCase(Locale.ROOT),
                        r.optional("sending_agency"), r.optional("seconded_to_unit"), pregnant, youngChild));
            }
        }
        if (!violations.isEmpty()) {
            throw rejected(violations);
        }
        return rosters;
    }

    private static ValidationFailedException rejected(List<Violation> violations) {
        return new ValidationFailedException("invalid-roster", violations.size()
                + " problem(s) in the file; nothing was imported.", violations);
    }

    /** One row being checked; remembers whether any of its fields failed. */
    private final class Row {

        private final RawRow raw;
        private final List<Violation> violations;
        private boolean failed;

        Row(RawRow raw, List<Violation> violations) {
            this.raw = raw;
            this.violations = violations;
        }

        boolean ok() {
            return !failed;
        }

        void fail(String column, String code, String message) {
            failed = true;
            violations.add(Violation.atLine(raw.line(), column, code, message));
        }

        String optional(String column) {
            String value = raw.values().get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }

        String required(String column) {
            String value = optional(column);
            if (value == null) {
                fail(column, "required", column + " is empty");
            }
            return value;
        }

        LocalDate date(String column) {
            String value = required(column);
            if (value == null) {
                return null;
            }
            for (DateTimeFormatter format : DATES) {
                try {
                    return LocalDate.parse(value, format);
                } catch (DateTimeParseException ignored) {
                    // next format
                }
            }
            fail(column, "invalid-date", "'" + value + "' is not a date (yyyy-MM-dd or dd/MM/yyyy)");
            return null;
        }

        Gender gender() {
            String value = required("gender");
            if (value == null) {
                return null;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "m", "male", "nam":
                    return Gender.MALE;
                case "f", "female", "nữ", "nu":
                    return Gender.FEMALE;
                default:
                    fail("gender", "invalid", "'" + value + "' is not a gender (Nam/Nữ, M/F)");
                    return null;
            }
        }

        StaffCategory category() {
            String value = required("category");
            if (value == null) {
                return null;
            }
            String v = value.toLowerCase(Locale.ROOT);
            for (StaffCategory category : StaffCategory.values()) {
                if (category.name().equalsIgnoreCase(value) || category.vietnamese().toLowerCase(Locale.ROOT).equals(v)) {
                    return category;
                }
            }
            if (v.contains("không chuyên trách")) {
                return StaffCategory.NON_PROFESSIONAL;
            }
            fail("category", "invalid", "'" + value + "' is not a staff category (Cán bộ, Công chức, Viên chức, "
                    + "Người hoạt động không chuyên trách)");
            return null;
        }

        Position position() {
            String value = required("position");
            if (value == null) {
                return null;
            }
            Position position = positions.get(value.toUpperCase(Locale.ROOT));
            if (position == null) {
                fail("position", "unknown", "Position " + value + " is not in the catalogue");
            }
            return position;
        }

        UnitVersion unit() {
            String value = required("unit_code");
            if (value == null) {
                return null;
            }
            String code = value.matches("\\d{1,4}") ? "0".repeat(5 - value.length()) + value : value;
            UnitVersion unit = units.get(code);
            if (unit == null) {
                fail("unit_code", "unknown-unit", "Unit " + value + " is not a unit of province " + provinceCode
                        + " in force on " + asOf);
            }
            return unit;
        }

        boolean flag(String column) {
            String value = optional(column);
            if (value == null) {
                return false;
            }
            switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1", "x", "có", "co":
                    return true;
                case "false", "no", "n", "0", "không", "khong":
                    return false;
                default:
                    fail(column, "invalid", "'" + value + "' is not yes/no");
                    return false;
            }
        }
    }
}
