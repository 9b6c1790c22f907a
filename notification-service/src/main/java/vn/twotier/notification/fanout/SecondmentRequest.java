package vn.twotier.notification.fanout;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import vn.twotier.events.staffing.SecondmentType;

/** What every secondment request event says: whose request, from where to where, for how long. */
record SecondmentRequest(
        String provinceCode,
        SecondmentType type,
        String personId,
        String sendingUnitCode,
        String receivingUnitCode,
        LocalDate startDate,
        @Nullable LocalDate endDate,
        String actor,
        @Nullable String reason) {
}
