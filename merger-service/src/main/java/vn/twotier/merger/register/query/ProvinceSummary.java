package vn.twotier.merger.register.query;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Commune-level units of a province valid on a day, by type. {@code total} counts xã, phường, đặc khu and thị trấn;
 * {@code districts} counts district-level units (named on their communes before the reform; none after it).
 */
public record ProvinceSummary(
        String provinceCode,
        @Nullable String provinceName,
        LocalDate asOf,
        int total,
        int xa,
        int phuong,
        int dacKhu,
        int thiTran,
        int districts) {
}
