package vn.bdg.application.report;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.evidence.Download;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.TypedValues;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.domain.shared.SearchKeys;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook;
import vn.bdg.infrastructure.spreadsheet.ReportWorkbookReader;
import vn.bdg.infrastructure.spreadsheet.ReportWorkbookWriter;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent;

/**
 * The report form as an Excel workbook, for units that fill it offline: downloaded prefilled with the
 * saved values (one sheet per task, labels locked), uploaded back into the draft. An uploaded cell is
 * read exactly as the same cell typed on the form; a single unreadable cell, or a file that is not this
 * report's form, imports nothing and every problem is listed with its sheet and cell. A workbook
 * downloaded before somebody else saved is refused, naming them, so nothing saved is overwritten.
 */
@Stateless
public class ReportWorkbookService {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private ReportRepository reports;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /** The form with the saved values, for whoever may see the unit. */
    public Download download(@NotNull Actor actor, long reportId) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        FormWorkbook form = ReportForm.of(report).workbook(token(report));
        ReportAudit.exported(audit, actor, report, "XLSX");
        return new Download(fileName(report), MEDIA_TYPE, ReportWorkbookWriter.write(form));
    }

    /** Imports a filled-in form into the draft, all cells or none; only the unit's editor uploads. */
    public WorkbookImport upload(@NotNull Actor actor, long reportId, @NotNull byte[] workbook) {
        UnitReport report = reports.find(reportId).orElseThrow(NotFoundException::new);
        access.requireVisible(actor, report.getUnit().getId(), clock.today());
        access.requireRole(actor, Role.UNIT_EDITOR, report.getUnit().getId(), clock.today());
        if (report.isSubmitted()) {
            throw new BusinessException("report.error.submitted");
        }
        WorkbookContent content = ReportWorkbookReader.read(workbook);
        List<CellProblem> problems = new ArrayList<>();
        content.problems().forEach(p -> problems.add(new CellProblem(p.sheet(), p.ref(), p.messageKey(), p.arguments())));
        if (!problems.isEmpty()) {
            return WorkbookImport.refused(problems);
        }
        String expected = token(report);
        String prefix = expected.substring(0, expected.lastIndexOf(':') + 1);
        if (content.token() == null || !content.token().startsWith(prefix)) {
            return WorkbookImport.refused(List.of(new CellProblem(null, null, "workbook.error.otherReport",
                    List.of(report.getUnit().getName(), report.getRound().getName()))));
        }
        if (!content.token().equals(expected)) {
            throw new BusinessException("workbook.error.changedSince", report.getChangedBy(),
                    ReportService.MOMENT.format(report.getChangedAt()));
        }
        Map<CellKey, BigDecimal> values = new HashMap<>();
        report.getValues().forEach((cell, amount) -> values.put(CellKey.parse(cell), amount));
        for (WorkbookContent.Entry entry : content.entries()) {
            try {
                CellKey key = CellKey.parse(entry.cellKey());
                BigDecimal amount = read(report, key, entry);
                if (amount == null) {
                    values.remove(key);
                } else {
                    report.checkCell(key, amount);
                    values.put(key, amount);
                }
            } catch (BusinessException refused) {
                problems.add(new CellProblem(entry.sheet(), entry.ref(), refused.getMessageKey(), refused.getArguments()));
            }
        }
        if (!problems.isEmpty()) {
            return WorkbookImport.refused(problems);
        }
        ReportAudit.valuesChanged(audit, actor, report, report.record(values, actor.username(), clock.now()));
        int errors = (int) report.check().findings().stream().filter(f -> f.isError()).count();
        return new WorkbookImport(values.size(), errors, List.of());
    }

    private static BigDecimal read(UnitReport report, CellKey key, WorkbookContent.Entry entry) {
        Indicator indicator = report.getProgramme().findIndicator(key.indicatorCode())
                .orElseThrow(() -> new BusinessException("report.error.cellUnknown", key.toString()));
        if (indicator.getKind() == IndicatorKind.YES_NO) {
            return yesNo(key, entry);
        }
        return entry.number() != null
                ? TypedValues.cell(report.getProgramme(), key.toString(), entry.number())
                : TypedValues.cell(report.getProgramme(), key.toString(), entry.text());
    }

    /** "Có" / "Không" as the list offers them; 1 / 0 and yes / no are read too. */
    private static BigDecimal yesNo(CellKey key, WorkbookContent.Entry entry) {
        if (entry.number() != null) {
            return entry.number();
        }
        if (entry.text() == null || entry.text().isBlank()) {
            return null;
        }
        String folded = SearchKeys.fold(entry.text());
        return switch (folded) {
            case "co", "yes", "1", "x" -> BigDecimal.ONE;
            case "khong", "no", "0" -> BigDecimal.ZERO;
            default -> throw new BusinessException("report.error.yesNo", key.indicatorCode());
        };
    }

    /** Names the report and the version the workbook was made from. */
    private static String token(UnitReport report) {
        return "bdg-report:" + report.getId() + ":" + report.getVersion();
    }

    private static String fileName(UnitReport report) {
        return "bieu-mau-" + report.getUnit().getCode().toLowerCase() + "-" + report.getRound().getCode().toLowerCase()
                + ".xlsx";
    }
}
