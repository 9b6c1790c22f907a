package vn.twotier.staffing.unit;

import vn.twotier.events.merger.UnitRetired;

/** In-process signal that a unit version ended and its area went to its successors; its staff follow. */
public record UnitRetiredApplied(UnitRetired retirement) {
}
