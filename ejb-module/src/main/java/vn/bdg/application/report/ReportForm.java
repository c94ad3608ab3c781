package vn.bdg.application.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.bdg.domain.model.programme.Dimension;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.ProgrammeTask;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.VietnameseNumber;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormLine;

/**
 * A report's form outside the screen, for its workbook and its official document: the same sections
 * (tasks of the round), the same lines (indicators the unit's type reports, their categories), the
 * values as the form shows them ("1.234", "12,5") and the derived indicators computed from them.
 */
final class ReportForm {

    /** One line: an indicator overall or one of its categories, with the keys of its inputs. */
    record Line(FormLine.Kind kind, Indicator indicator, String label, String unit, CellKey total, CellKey female) {
    }

    /** One task of the round with the lines the unit fills in. */
    record Section(ProgrammeTask task, List<Line> lines) {
    }

    private final UnitReport report;
    private final Map<String, BigDecimal> derived;
    private final List<Section> sections = new ArrayList<>();

    private ReportForm(UnitReport report) {
        this.report = report;
        this.derived = report.check().derived();
        for (ProgrammeTask task : report.getProgramme().getTasks()) {
            List<Line> lines = new ArrayList<>();
            report.getProgramme().getIndicators().stream()
                    .filter(i -> i.getTaskCode().equals(task.getCode()) && report.shown(i))
                    .forEach(indicator -> addLines(indicator, lines));
            if (!lines.isEmpty()) {
                sections.add(new Section(task, lines));
            }
        }
    }

    static ReportForm of(UnitReport report) {
        return new ReportForm(report);
    }

    private static void addLines(Indicator indicator, List<Line> lines) {
        String code = indicator.getCode();
        String label = code + " " + indicator.getNameVi();
        switch (indicator.getKind()) {
            case DERIVED -> lines.add(new Line(FormLine.Kind.DERIVED, indicator, label, indicator.getUnitVi(), null, null));
            case YES_NO -> lines.add(new Line(FormLine.Kind.YES_NO, indicator, label, indicator.getUnitVi(),
                    CellKey.total(code), null));
            default -> {
                lines.add(new Line(FormLine.Kind.NUMBER, indicator, label, indicator.getUnitVi(), CellKey.total(code),
                        indicator.isSexSplit() ? CellKey.female(code) : null));
                for (Dimension dimension : indicator.getDimensions()) {
                    for (String category : dimension.getCategories()) {
                        CellKey total = new CellKey(code, dimension.getName(), category, false);
                        lines.add(new Line(FormLine.Kind.CATEGORY, indicator, dimension.getName() + ": " + category, "",
                                total, indicator.isSexSplit() ? total.otherPart() : null));
                    }
                }
            }
        }
    }

    List<Section> sections() {
        return sections;
    }

    /**
     * The overall value of a line as the form shows it, or null when empty: a derived indicator as
     * computed, a yes/no answer as "Có" / "Không".
     */
    String total(Line line) {
        if (line.kind() == FormLine.Kind.DERIVED) {
            BigDecimal value = derived.get(line.indicator().getCode());
            return value == null ? null : VietnameseNumber.format(value.setScale(1, RoundingMode.HALF_UP));
        }
        return shown(line, report.value(line.total().toString()));
    }

    /** The female part of a line as the form shows it, or null when the line has none or it is empty. */
    String female(Line line) {
        return line.female() == null ? null : shown(line, report.value(line.female().toString()));
    }

    /** A value of the line as the form shows it, e.g. the unit's 6-month value beside its annual one. */
    String shown(Line line, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (line.kind() == FormLine.Kind.YES_NO) {
            return ReportTexts.get(value.signum() == 0 ? "no" : "yes");
        }
        return VietnameseNumber.format(value);
    }

    /**
     * Nam = Tổng − Nữ, or null when either is missing, or when the line is a percentage: the share of
     * women reached says nothing of the share of men by subtraction.
     */
    String male(Line line) {
        if (line.total() == null || line.female() == null || isPercentage(line)) {
            return null;
        }
        BigDecimal total = report.value(line.total().toString());
        BigDecimal female = report.value(line.female().toString());
        return total == null || female == null ? null : VietnameseNumber.format(total.subtract(female));
    }

    private static boolean isPercentage(Line line) {
        return line.indicator() != null && line.indicator().isShare();
    }

    FormWorkbook workbook(String token) {
        List<FormWorkbook.FormSheet> sheets = new ArrayList<>();
        for (Section section : sections) {
            List<FormLine> lines = section.lines().stream().map(line -> new FormLine(line.kind(), line.label(),
                    line.unit(), line.total() == null ? null : line.total().toString(),
                    line.female() == null ? null : line.female().toString(), total(line), female(line),
                    isPercentage(line))).toList();
            sheets.add(new FormWorkbook.FormSheet(section.task().getCode(), section.task().getTitle(), lines));
        }
        String title = report.getRound().getName() + " — " + report.getUnit().getName();
        return new FormWorkbook(title, token, List.of(ReportTexts.get("column.indicator"), ReportTexts.get("column.unit"),
                ReportTexts.get("column.total"), ReportTexts.get("column.female"), ReportTexts.get("column.male")),
                ReportTexts.get("yes"), ReportTexts.get("no"), sheets);
    }
}
