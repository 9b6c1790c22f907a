package vn.twotier.staffing.roster;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.staffing.reference.StaffCategory;

/**
 * One person on a unit's roster. {@code sendingAgency} is set for an incoming secondee (counted where they work);
 * {@code secondedToUnit} for one of ours seconded elsewhere (not counted here). The pregnancy and young-child flags
 * exist only for secondment rules. Personal data: never put in events or logs, only the id.
 */
public record StaffMember(
        String personId,
        String fullName,
        LocalDate birthDate,
        Gender gender,
        StaffCategory category,
        String positionCode,
        String specialtyCode,
        @Nullable String sendingAgency,
        @Nullable String secondedToUnit,
        boolean pregnant,
        boolean childUnder36Months) {

    public boolean incomingSecondee() {
        return sendingAgency != null;
    }

    public boolean outgoingSecondee() {
        return secondedToUnit != null;
    }
}
