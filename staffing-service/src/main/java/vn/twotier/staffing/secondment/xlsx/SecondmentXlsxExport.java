package vn.twotier.staffing.secondment.xlsx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import vn.twotier.events.staffing.SecondmentType;
import vn.twotier.staffing.secondment.campaign.SecondmentCampaign;
import vn.twotier.staffing.secondment.request.SecondmentRequest;

/**
 * XLSX exports: a campaign's list of requests (ids, units, status; no names) and the annex of one decision, which
 * names the people as a decision annex does (an internal document for the competent authority).
 */
public final class SecondmentXlsxExport {

    private static final String[] LIST_HEADER = {"STT / No.", "Mã đề nghị / Request", "Loại / Type",
        "Mã người / Person id", "Chuyên môn / Specialty", "Vị trí / Position", "Đơn vị cử / Sending",
        "Đơn vị nhận / Receiving", "Từ ngày / From", "Đến ngày / To", "Trạng thái / Status", "Số quyết định / Decision",
        "Ngày quyết định / Decision date"};
    private static final String[] ANNEX_HEADER = {"STT / No.", "Họ và tên / Full name", "Mã người / Person id",
        "Loại / Type", "Chuyên môn / Specialty", "Đơn vị cử / Sending", "Đơn vị nhận / Receiving",
        "Từ ngày / From", "Đến ngày / To"};

    private SecondmentXlsxExport() {
    }

    public static byte[] campaignList(SecondmentCampaign campaign, List<SecondmentRequest> requests) {
        return write(sheet -> {
            sheet.value(0, 0, campaign.getTitle() + " — " + campaign.getLegalBasis());
            header(sheet, 2, LIST_HEADER);
            int row = 3;
            for (SecondmentRequest r : requests) {
                Object[] cells = {row - 2, r.getId(), typeVi(r.getType()), r.getPersonId(),
                    r.getPerson().specialtyCode(), r.getPerson().positionCode(), r.getSendingUnitCode(),
                    r.getReceivingUnitCode(), r.getStartDate(), r.getEndDate(), r.getStatus().vietnamese(),
                    r.getDecisionNumber(), r.getDecisionDate()};
                cells(sheet, row++, cells);
            }
        }, "Danh sách");
    }

    public static byte[] decisionAnnex(String decisionNumber, List<SecondmentRequest> requests) {
        return write(sheet -> {
            sheet.value(0, 0, "Phụ lục kèm theo Quyết định số " + decisionNumber + " / Annex to decision "
                    + decisionNumber);
            header(sheet, 2, ANNEX_HEADER);
            int row = 3;
            for (SecondmentRequest r : requests) {
                Object[] cells = {row - 2, r.getPerson().fullName(), r.getPersonId(), typeVi(r.getType()),
                    r.getPerson().specialtyCode(), r.getSendingUnitCode(), r.getReceivingUnitCode(), r.getStartDate(),
                    r.getEndDate()};
                cells(sheet, row++, cells);
            }
        }, "Phụ lục");
    }

    private interface Filler {
        void fill(Worksheet sheet);
    }

    private static byte[] write(Filler filler, String sheetName) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(out, "TwoTier staffing-service", "1.0")) {
            filler.fill(workbook.newWorksheet(sheetName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void header(Worksheet sheet, int row, String[] header) {
        for (int c = 0; c < header.length; c++) {
            sheet.value(row, c, header[c]);
            sheet.style(row, c).bold().set();
        }
    }

    private static void cells(Worksheet sheet, int row, Object[] cells) {
        for (int c = 0; c < cells.length; c++) {
            Object value = cells[c];
            if (value instanceof Number number) {
                sheet.value(row, c, number);
            } else if (value != null) {
                sheet.value(row, c, value.toString());
            }
        }
    }

    private static String typeVi(SecondmentType type) {
        return type == SecondmentType.SECONDMENT ? "Biệt phái" : "Điều động";
    }
}
