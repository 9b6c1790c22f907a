package vn.twotier.notification.readmodel;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.twotier.events.merger.UnitType;

/** The newest version of a unit this service has heard of: enough to name it in a message. */
@Document("units")
public record KnownUnit(
        @Id String unitCode,
        String name,
        UnitType type,
        String provinceCode,
        LocalDate validFrom,
        @Nullable LocalDate validTo) {
}
