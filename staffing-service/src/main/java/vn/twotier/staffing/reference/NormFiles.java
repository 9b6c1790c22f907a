package vn.twotier.staffing.reference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.twotier.events.merger.UnitType;

/** Turns {@code staffing_norms.csv} (published facts) and {@code norm_scopes.csv} (how to apply them) into norms. */
final class NormFiles {

    static final String NORMS = "staffing_norms.csv";
    static final String SCOPES = "norm_scopes.csv";
    private static final Pattern DATE = Pattern.compile("^(\\d{4})-(\\d{2})(?:-(\\d{2}))?");

    private NormFiles() {
    }

    static List<StaffingNorm> load() {
        Map<String, Map<String, String>> scopes = new HashMap<>();
        ReferenceCsv.read(SCOPES).forEach(row -> scopes.put(row.get("norm_id"), row));
        List<StaffingNorm> norms = new ArrayList<>();
        for (Map<String, String> row : ReferenceCsv.read(NORMS)) {
            Map<String, String> scope = scopes.get(row.get("norm_id"));
            if (scope == null) {
                throw new IllegalStateException("Norm " + row.get("norm_id") + " has no row in " + SCOPES);
            }
            norms.add(norm(row, scope));
        }
        return norms;
    }

    private static StaffingNorm norm(Map<String, String> row, Map<String, String> scope) {
        String to = ReferenceCsv.blankToNull(row.get("effective_to"));
        String max = ReferenceCsv.blankToNull(row.get("max_count"));
        StaffingNorm norm = new StaffingNorm(row.get("norm_id"), 1, row.get("regime"),
                date(row.get("effective_from")), to == null ? null : date(to), to, row.get("unit_type"),
                unitClass(row.get("unit_class")), row.get("category"), max == null ? null : Integer.valueOf(max),
                ReferenceCsv.blankToNull(row.get("rule_text")), ReferenceCsv.blankToNull(row.get("source_url")),
                NormKind.valueOf(scope.get("kind")), ReferenceCsv.enums(scope.get("unit_types"), UnitType.class),
                ReferenceCsv.enums(scope.get("counted_blocks"), Block.class),
                ReferenceCsv.enums(scope.get("counted_categories"), StaffCategory.class),
                ReferenceCsv.blankToNull(scope.get("position_norm_set")),
                ReferenceCsv.blankToNull(scope.get("province_code")), "reference/" + NORMS, null);
        return norm.withRevision(1, norm.origin(), digest(norm.content().toString()));
    }

    /** A stable fingerprint of a file row, to notice when the shipped file changed it. */
    static String digest(String text) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, 12);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "2025-06-30 (superseded …)" → 2025-06-30; "2025-08" → 2025-08-01; "~2030 (5-year transition)" → open. */
    static LocalDate date(String text) {
        Matcher matcher = DATE.matcher(text.strip());
        if (!matcher.find()) {
            return null;
        }
        int day = matcher.group(3) == null ? 1 : Integer.parseInt(matcher.group(3));
        return LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), day);
    }

    /** "I"/"II"/"III" restrict a norm to one class; "any" and "n/a" do not. */
    static String unitClass(String text) {
        return text != null && text.matches("I{1,3}") ? text : null;
    }
}
