package vn.twotier.merger.register.mapping;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import vn.twotier.events.merger.MergeShare;
import vn.twotier.events.merger.UnitType;
import vn.twotier.merger.register.Names;
import vn.twotier.merger.register.UnitTypes;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/**
 * Turns text rows into mapping links, or refuses the whole file with every bad row listed (line and reason):
 * missing or malformed values, unknown types or shares, and rows that contradict earlier rows (a new unit in two
 * provinces or with two names, an old unit fully merged into two new units, the same link twice).
 */
@Component
public class MappingParser {

    private static final Pattern CODE = Pattern.compile("\\d{1,10}");
    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");

    public List<MappingLink> parse(List<RawRow> rows) {
        List<Violation> violations = new ArrayList<>();
        List<MappingLink> links = new ArrayList<>();
        for (RawRow row : rows) {
            MappingLink link = parseRow(row, violations);
            if (link != null) {
                links.add(link);
            }
        }
        crossCheck(links, violations);
        if (!violations.isEmpty()) {
            violations.sort(java.util.Comparator.comparing(v -> Objects.requireNonNullElse(v.line(), 0)));
            throw new ValidationFailedException("invalid-mapping-file",
                    violations.size() + " problem(s) in the file; nothing was imported.", violations);
        }
        return links;
    }

    private @Nullable MappingLink parseRow(RawRow row, List<Violation> violations) {
        int before = violations.size();
        int line = row.line();
        String newCode = code(row, MappingColumns.NEW_CODE, CODE, violations);
        String newName = required(row, MappingColumns.NEW_NAME, violations);
        UnitType newType = type(row, MappingColumns.NEW_TYPE, UnitTypes::newUnit, "Xã, Phường or Đặc khu",
                violations);
        String provinceCode = code(row, MappingColumns.PROVINCE_CODE, PROVINCE_CODE, violations);
        String oldCode = code(row, MappingColumns.OLD_CODE, CODE, violations);
        String oldName = required(row, MappingColumns.OLD_NAME, violations);
        UnitType oldType = type(row, MappingColumns.OLD_TYPE, UnitTypes::oldUnit, "Xã, Phường, Thị trấn or Huyện",
                violations);
        MergeShare share = share(row, violations);
        Double area = positive(row, MappingColumns.AREA, "invalid-area", violations);
        Double fraction = positive(row, MappingColumns.FRACTION, "invalid-fraction", violations);
        if (fraction != null && (fraction > 1 || share == MergeShare.FULL && fraction != 1)) {
            violations.add(Violation.atLine(line, MappingColumns.FRACTION, "invalid-fraction",
                    "share_fraction " + fraction + " does not fit merge_share " + share + "."));
        }
        if (violations.size() > before) {
            return null;
        }
        return new MappingLink(line, newCode, newName, newType, provinceCode,
                Names.normalize(row.get(MappingColumns.PROVINCE)), oldCode, oldName, oldType,
                Names.normalize(row.get(MappingColumns.OLD_DISTRICT)),
                Names.normalize(row.get(MappingColumns.OLD_PROVINCE)), share,
                Names.normalize(row.get(MappingColumns.RESOLUTION)), area, fraction);
    }

    private static @Nullable String required(RawRow row, String column, List<Violation> violations) {
        String value = Names.normalize(row.get(column));
        if (value == null) {
            violations.add(Violation.atLine(row.line(), column, "missing-value", column + " is empty."));
        }
        return value;
    }

    private static @Nullable String code(RawRow row, String column, Pattern pattern, List<Violation> violations) {
        String value = required(row, column, violations);
        if (value != null && !pattern.matcher(value).matches()) {
            violations.add(Violation.atLine(row.line(), column, "invalid-code",
                    column + " \"" + value + "\" is not a numeric code"
                            + (pattern == PROVINCE_CODE ? " of two digits." : ".")));
            return null;
        }
        return value;
    }

    private static @Nullable UnitType type(RawRow row, String column,
            java.util.function.Function<String, Optional<UnitType>> parse, String allowed, List<Violation> violations) {
        String value = required(row, column, violations);
        if (value == null) {
            return null;
        }
        Optional<UnitType> type = parse.apply(value);
        if (type.isEmpty()) {
            violations.add(Violation.atLine(row.line(), column, "unknown-type",
                    column + " \"" + value + "\" is not one of " + allowed + "."));
        }
        return type.orElse(null);
    }

    private static @Nullable MergeShare share(RawRow row, List<Violation> violations) {
        String value = required(row, MappingColumns.SHARE, violations);
        if (value == null) {
            return null;
        }
        try {
            return MergeShare.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            violations.add(Violation.atLine(row.line(), MappingColumns.SHARE, "unknown-share",
                    "merge_share \"" + value + "\" is neither full nor partial."));
            return null;
        }
    }

    private static @Nullable Double positive(RawRow row, String column, String code, List<Violation> violations) {
        String value = Names.normalize(row.get(column));
        if (value == null) {
            return null;
        }
        try {
            double area = Double.parseDouble(value);
            if (area > 0 && Double.isFinite(area)) {
                return area;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.atLine(row.line(), column, code,
                column + " \"" + value + "\" is not a positive number."));
        return null;
    }

    private static void crossCheck(List<MappingLink> links, List<Violation> violations) {
        Map<String, MappingLink> firstOfNew = new HashMap<>();
        Map<String, MappingLink> firstOfOld = new HashMap<>();
        Map<String, MappingLink> fullOld = new HashMap<>();
        Map<String, MappingLink> seenLinks = new HashMap<>();
        for (MappingLink link : links) {
            MappingLink first = firstOfNew.putIfAbsent(link.newCode(), link);
            if (first != null) {
                if (!first.provinceCode().equals(link.provinceCode())) {
                    violations.add(Violation.atLine(link.line(), MappingColumns.PROVINCE_CODE,
                            "new-unit-in-two-provinces", "New unit " + link.newCode() + " is in province "
                                    + link.provinceCode() + " here but in " + first.provinceCode() + " on line "
                                    + first.line() + "."));
                } else if (!first.newName().equals(link.newName()) || first.newType() != link.newType()) {
                    violations.add(Violation.atLine(link.line(), MappingColumns.NEW_NAME, "inconsistent-new-unit",
                            "New unit " + link.newCode() + " is \"" + link.newName() + "\" (" + link.newType()
                                    .vietnamese() + ") here but \"" + first.newName() + "\" (" + first.newType()
                                    .vietnamese() + ") on line " + first.line() + "."));
                }
            }
            MappingLink sameLink = seenLinks.putIfAbsent(link.newCode() + "<" + link.oldCode(), link);
            if (sameLink != null) {
                violations.add(Violation.atLine(link.line(), MappingColumns.OLD_CODE, "duplicate-link",
                        "Old unit " + link.oldCode() + " is listed again for new unit " + link.newCode()
                                + " (first on line " + sameLink.line() + ")."));
                continue;
            }
            MappingLink firstOld = firstOfOld.putIfAbsent(link.oldCode(), link);
            if (firstOld == null) {
                if (link.share() == MergeShare.FULL) {
                    fullOld.put(link.oldCode(), link);
                }
                continue;
            }
            if (!firstOld.oldName().equals(link.oldName()) || firstOld.oldType() != link.oldType()) {
                violations.add(Violation.atLine(link.line(), MappingColumns.OLD_NAME, "inconsistent-old-unit",
                        "Old unit " + link.oldCode() + " is \"" + link.oldName() + "\" here but \""
                                + firstOld.oldName() + "\" on line " + firstOld.line() + "."));
            }
            MappingLink whole = fullOld.get(link.oldCode());
            if (whole != null || link.share() == MergeShare.FULL) {
                MappingLink other = whole != null ? whole : firstOld;
                violations.add(Violation.atLine(link.line(), MappingColumns.SHARE, "old-unit-merged-twice",
                        "Old unit " + link.oldCode() + " goes into new unit " + link.newCode() + " here and into "
                                + other.newCode() + " on line " + other.line() + ", but a unit merged in full "
                                + "goes into one new unit only."));
            }
        }
    }
}
