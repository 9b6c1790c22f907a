package vn.twotier.staffing.gap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The province matrix as a workbook: one row per unit (frame, actual, ±, status, missing specialties), then one
 * column group per position (norm, actual, ±). Headers in Vietnamese, the language of the people who use it.
 */
final class GapXlsxExport {

    private static final String[] FIXED = {"Mã đơn vị", "Tên đơn vị", "Định mức áp dụng", "Khung biên chế",
        "Thực tế", "Biệt phái đến", "Biệt phái đi", "Dôi dư (+) / Thiếu (−)", "Tình trạng", "Tổng số người",
        "Thiếu chuyên môn"};

    private GapXlsxExport() {
    }

    static byte[] write(ProvinceGapSummary summary, List<UnitGap> gaps) {
        Map<String, String> positions = new LinkedHashMap<>();
        gaps.forEach(gap -> gap.positions().forEach(line -> positions.putIfAbsent(line.positionCode(),
                line.nameVi())));
        List<String> codes = new ArrayList<>(positions.keySet());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "TwoTier staffing-service", "1.0")) {
            Worksheet sheet = workbook.newWorksheet("Tỉnh " + summary.provinceCode() + " " + summary.asOf());
            for (int c = 0; c < FIXED.length; c++) {
                sheet.value(0, c, FIXED[c]);
                sheet.value(1, c, "");
            }
            for (int p = 0; p < codes.size(); p++) {
                int column = FIXED.length + 3 * p;
                sheet.value(0, column, positions.get(codes.get(p)) + " (" + codes.get(p) + ")");
                sheet.range(0, column, 0, column + 2).merge();
                sheet.value(1, column, "Định mức");
                sheet.value(1, column + 1, "Thực tế");
                sheet.value(1, column + 2, "±");
            }
            sheet.style(0, 0).bold().set();
            int row = 2;
            for (UnitGap gap : gaps) {
                if (gap.normId() == null) {
                    continue;
                }
                Object[] fixed = {gap.unitCode(), gap.name(), gap.normId(), gap.frame(), gap.actual(),
                    gap.incomingSecondees(), gap.outgoingSecondees(), gap.surplus(), gap.status().name(),
                    gap.totalStaff(), String.join(", ", gap.missingSpecialties())};
                for (int c = 0; c < fixed.length; c++) {
                    if (fixed[c] instanceof Number number) {
                        sheet.value(row, c, number);
                    } else {
                        sheet.value(row, c, String.valueOf(fixed[c]));
                    }
                }
                Map<String, UnitGap.PositionLine> lines = new LinkedHashMap<>();
                gap.positions().forEach(line -> lines.put(line.positionCode(), line));
                for (int p = 0; p < codes.size(); p++) {
                    UnitGap.PositionLine line = lines.get(codes.get(p));
                    int column = FIXED.length + 3 * p;
                    sheet.value(row, column, line == null ? 0 : line.norm());
                    sheet.value(row, column + 1, line == null ? 0 : line.actual());
                    sheet.value(row, column + 2, line == null ? 0 : line.difference());
                }
                row++;
            }
            Worksheet totals = workbook.newWorksheet("Tổng hợp");
            Object[][] figures = {{"Số đơn vị", summary.units()}, {"Dôi dư", summary.unitsInSurplus()},
                {"Đủ khung", summary.unitsAtFrame()}, {"Thiếu", summary.unitsShort()},
                {"Tổng dôi dư", summary.totalSurplus()}, {"Tổng thiếu", summary.totalShortage()},
                {"Đơn vị ≥ " + summary.largeUnitThreshold() + " CBCC", summary.unitsAtOrAboveThreshold().size()}};
            int r = 0;
            for (Object[] figure : figures) {
                totals.value(r, 0, (String) figure[0]);
                totals.value(r++, 1, (Number) figure[1]);
            }
            for (Map.Entry<String, Integer> missing : summary.unitsMissingSpecialty().entrySet()) {
                totals.value(r, 0, "Đơn vị không có " + missing.getKey());
                totals.value(r++, 1, missing.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
