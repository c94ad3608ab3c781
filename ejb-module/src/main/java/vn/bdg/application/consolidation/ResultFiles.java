package vn.bdg.application.consolidation;

import static vn.bdg.application.consolidation.ResultTexts.text;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.shared.VietnameseNumber;
import vn.bdg.infrastructure.document.OfficialReport;
import vn.bdg.infrastructure.document.TablesPdf;
import vn.bdg.infrastructure.spreadsheet.TableWorkbook;
import vn.bdg.infrastructure.spreadsheet.TableWorkbook.Percent;

/**
 * A scope's result tables as files: an XLSX workbook with a sheet per table (numbers and percentages as
 * number cells) and a landscape PDF with the tables one after another (numbers written the Vietnamese
 * way). Both open with the title lines naming the programme, the round, the scope and the published run.
 */
final class ResultFiles {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PDF = "application/pdf";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(BusinessClock.ZONE);

    private ResultFiles() {
    }

    /**
     * The title line, then the scope and the run it was read from with the number of reports counted in
     * the scope (its timeliness line's).
     */
    static List<String> titleLines(String programmeLabel, String roundName, String scopeName, PublishedRun run,
                                   int counted) {
        String included = text(run.includeSubmitted() ? "title.run.submitted" : "title.run.accepted");
        return List.of(text("title", programmeLabel, roundName), text("title.scope", scopeName),
                text("title.run", MOMENT.format(run.publishedAt()), run.requestedBy(), DAY.format(run.cutOff()),
                        counted, included));
    }

    static String fileName(String roundCode, Scope scope, String extension) {
        String scopePart = scope.isWhole() ? "" : "-" + scope.key().toLowerCase(Locale.ROOT);
        return text("file.prefix") + "-" + roundCode.toLowerCase(Locale.ROOT) + scopePart + extension;
    }

    static byte[] workbook(List<String> titleLines, List<ResultTable> tables) {
        return TableWorkbook.write(tables.stream()
                .map(table -> new TableWorkbook.Sheet(table.sheet(), titleLines, table.headers(), table.rows()))
                .toList());
    }

    static byte[] pdf(List<String> titleLines, List<ResultTable> tables) {
        List<TablesPdf.Section> sections = tables.stream()
                .map(table -> new TablesPdf.Section(table.heading(), new OfficialReport.Table(table.headers(),
                        table.rows().stream().map(ResultFiles::texts).toList(), numericColumns(table)), text("none")))
                .toList();
        return TablesPdf.write(titleLines.get(0), titleLines.subList(1, titleLines.size()), sections);
    }

    private static List<String> texts(List<Object> row) {
        return row.stream().map(ResultFiles::shown).toList();
    }

    /** A value as the page writes it: numbers and percentages the Vietnamese way ("1.234,5"). */
    private static String shown(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Percent percent) {
            return VietnameseNumber.format(percent.points());
        }
        if (value instanceof BigDecimal number) {
            return VietnameseNumber.format(number);
        }
        if (value instanceof Number number) {
            return VietnameseNumber.format(BigDecimal.valueOf(number.longValue()));
        }
        return value.toString();
    }

    private static Set<Integer> numericColumns(ResultTable table) {
        Set<Integer> numeric = new HashSet<>();
        for (List<Object> row : table.rows()) {
            for (int column = 0; column < row.size(); column++) {
                if (row.get(column) instanceof Number || row.get(column) instanceof Percent) {
                    numeric.add(column);
                }
            }
        }
        return numeric;
    }
}
