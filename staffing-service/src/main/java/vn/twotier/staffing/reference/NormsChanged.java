package vn.twotier.staffing.reference;

import org.jspecify.annotations.Nullable;

/** In-process signal that a norm was edited; gaps of the province (all provinces when null) are recomputed. */
public record NormsChanged(@Nullable String provinceCode) {
}
