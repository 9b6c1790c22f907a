package vn.twotier.staffing.secondment.campaign;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The outcome of bulk nominations, row by row: the request made, or why the row was refused. */
public record NominationReport(int rows, int nominated, int refused, List<Row> report) {

    public record Row(int line, String personId, String outcome, @Nullable String requestId, List<String> rules,
            List<String> messages) {
    }
}
