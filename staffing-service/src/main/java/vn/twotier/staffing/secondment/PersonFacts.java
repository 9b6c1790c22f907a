package vn.twotier.staffing.secondment;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.staffing.reference.StaffCategory;
import vn.twotier.staffing.roster.Gender;
import vn.twotier.staffing.roster.StaffMember;

/**
 * What the rules and the roster effects need to know of the person, copied from the sending unit's roster at
 * nomination (or given by a sending department, which has no roster here). Personal data: stays in this service's
 * store, never in events or logs.
 */
public record PersonFacts(
        String personId,
        @Nullable String fullName,
        @Nullable LocalDate birthDate,
        Gender gender,
        StaffCategory category,
        String positionCode,
        String specialtyCode,
        boolean pregnant,
        boolean childUnder36Months) {

    public PersonFacts {
        fullName = Nfc.of(fullName);
    }

    public static PersonFacts of(StaffMember member) {
        return new PersonFacts(member.personId(), member.fullName(), member.birthDate(), member.gender(),
                member.category(), member.positionCode(), member.specialtyCode(), member.pregnant(),
                member.childUnder36Months());
    }

    /** The person as a roster line, e.g. at the receiving unit with {@code sendingAgency} set. */
    public StaffMember asStaff(@Nullable String sendingAgency, @Nullable String secondedToUnit) {
        return new StaffMember(personId, fullName == null ? personId : fullName,
                birthDate == null ? LocalDate.of(1900, 1, 1) : birthDate, gender, category, positionCode,
                specialtyCode, sendingAgency, secondedToUnit, pregnant, childUnder36Months);
    }
}
