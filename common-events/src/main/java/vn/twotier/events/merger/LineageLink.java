package vn.twotier.events.merger;

import java.time.LocalDate;

/** A predecessor or successor version of a unit, identified by (code, valid-from). */
public record LineageLink(String unitCode, LocalDate validFrom, MergeShare share) {
}
