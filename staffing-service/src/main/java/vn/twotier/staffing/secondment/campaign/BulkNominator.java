package vn.twotier.staffing.secondment.campaign;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import vn.twotier.staffing.secondment.request.RequestCommands;
import vn.twotier.staffing.secondment.request.RequestService;
import vn.twotier.staffing.secondment.request.SecondmentRequest;
import vn.twotier.support.web.ApiException;
import vn.twotier.support.web.ValidationFailedException;
import vn.twotier.support.web.Violation;

/** Nominates row by row; a refused row is reported with its rules and does not stop the others. */
@Component
public class BulkNominator {

    /** A row to nominate, or a row already known to be bad (with its problems). */
    public record Line(int line, String personId, RequestCommands.Nominate command, List<Violation> problems) {
    }

    private final RequestService service;

    BulkNominator(RequestService service) {
        this.service = service;
    }

    public NominationReport nominate(List<Line> lines) {
        List<NominationReport.Row> rows = new ArrayList<>();
        int nominated = 0;
        for (Line line : lines) {
            if (!line.problems().isEmpty()) {
                rows.add(refused(line, line.problems()));
                continue;
            }
            try {
                SecondmentRequest request = service.nominate(line.command());
                nominated++;
                rows.add(new NominationReport.Row(line.line(), line.personId(), "NOMINATED", request.getId(),
                        request.getWarnings().stream().map(w -> w.rule()).toList(),
                        request.getWarnings().stream().map(w -> w.message()).toList()));
            } catch (ValidationFailedException refused) {
                rows.add(refused(line, refused.violations()));
            } catch (ApiException | org.springframework.dao.OptimisticLockingFailureException other) {
                rows.add(new NominationReport.Row(line.line(), line.personId(), "REFUSED", null, List.of(),
                        List.of(other.getMessage())));
            }
        }
        return new NominationReport(lines.size(), nominated, lines.size() - nominated, rows);
    }

    private static NominationReport.Row refused(Line line, List<Violation> problems) {
        return new NominationReport.Row(line.line(), line.personId(), "REFUSED", null,
                problems.stream().map(Violation::code).toList(), problems.stream().map(Violation::message).toList());
    }
}
