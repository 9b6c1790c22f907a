package vn.twotier.staffing.gap;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Surplus and shortage (dôi dư / thiếu) per unit and per province, on any date (default today). */
@RestController
@RequestMapping("/api/v1/gaps")
class GapController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final GapService gaps;
    private final Clock clock;

    GapController(GapService gaps, Clock clock) {
        this.gaps = gaps;
        this.clock = clock;
    }

    @GetMapping("/provinces/{code}")
    ProvinceGapSummary province(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return gaps.province(code, date(asOf));
    }

    /** The full matrix: every unit with its position and specialty lines. */
    @GetMapping("/provinces/{code}/units")
    java.util.List<UnitGap> provinceUnits(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return gaps.units(code, date(asOf));
    }

    @GetMapping(path = "/provinces/{code}/export", produces = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    ResponseEntity<byte[]> export(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        LocalDate date = date(asOf);
        ProvinceGapSummary summary = gaps.province(code, date);
        byte[] workbook = GapXlsxExport.write(summary, gaps.units(code, date));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("gaps-" + code + "-" + date + ".xlsx").build().toString())
                .body(workbook);
    }

    @GetMapping("/units/{code}")
    UnitGap unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return gaps.unit(code, date(asOf));
    }

    private LocalDate date(LocalDate asOf) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}
