package vn.bdg.application.consolidation;

import static vn.bdg.application.consolidation.ResultTexts.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.bdg.infrastructure.spreadsheet.TableWorkbook.Percent;

/**
 * A scope's results as the tables of its files, with the columns of the page in the page's order:
 * numbers stay numbers and shares stay percentages, so that the workbook computes and the PDF formats
 * them. The indicator table has the page's rows ({@link IndicatorRow}): a task's heading, then its
 * indicators.
 */
final class ResultTables {

    private ResultTables() {
    }

    static List<ResultTable> of(ScopeResults results) {
        List<ResultTable> tables = new ArrayList<>(List.of(indicators(results.indicators()), gaps(results.gaps()),
                years(results.years()), timeliness(results.timeliness())));
        if (!results.targets().isEmpty()) {
            tables.add(targets(results.targets()));
        }
        return tables;
    }

    static ResultTable indicators(List<IndicatorLine> lines) {
        List<List<Object>> rows = new ArrayList<>();
        for (IndicatorRow row : IndicatorRow.of(lines)) {
            if (row.isHeading()) {
                rows.add(Arrays.asList(row.taskCode(), row.taskTitle(), null, null, null, null, null, null, null));
                continue;
            }
            IndicatorLine line = row.line();
            Figures figures = line.figures();
            rows.add(Arrays.asList(line.isOverall() ? line.indicator().code() : null, label(line),
                    line.indicator().unitVi(), figures.total(), figures.female(), figures.male(),
                    percent(figures.femaleShare()), figures.units(), percent(figures.unitShare())));
        }
        return table("indicators", List.of("code", "indicator", "unit", "total", "female", "male", "femaleShare",
                "units", "unitShare"), rows);
    }

    static ResultTable gaps(List<GapLine> lines) {
        List<List<Object>> rows = lines.stream().map(line -> Arrays.<Object>asList(line.indicator().code(),
                line.indicator().nameVi(), line.total(), line.female(), line.male(), percent(line.femaleShare()),
                line.gap(), percent(line.previousShare()), line.shareChange())).toList();
        return table("gaps", List.of("code", "indicator", "total", "female", "male", "femaleShare", "gap",
                "previousShare", "shareChange"), rows);
    }

    static ResultTable years(List<YearLine> lines) {
        List<List<Object>> rows = lines.stream().map(line -> Arrays.<Object>asList(line.indicator().code(),
                line.indicator().nameVi(), line.indicator().unitVi(), line.total(), line.previousTotal(),
                line.change(), percent(line.changePercent()), percent(line.femaleShare()),
                percent(line.previousShare()), line.shareChange())).toList();
        return table("years", List.of("code", "indicator", "unit", "current", "previous", "change", "changePercent",
                "femaleShare", "previousShare", "shareChange"), rows);
    }

    static ResultTable timeliness(List<TimelinessLine> lines) {
        List<List<Object>> rows = lines.stream().map(line -> Arrays.<Object>asList(
                ResultTexts.scope(line.scope(), line.name()), line.expected(), line.onTime(), line.late(),
                line.missing(), line.pending(), line.counted())).toList();
        return table("timeliness", List.of("area", "expected", "onTime", "late", "missing", "pending", "counted"),
                rows);
    }

    static ResultTable targets(List<TargetLine> lines) {
        List<List<Object>> rows = lines.stream().map(line -> Arrays.<Object>asList(ResultTexts.target(line.code()),
                line.year(), percent(line.target()), percent(line.actual()), line.numerator(), line.denominator(),
                line.distance(), line.met() == null ? null : text("met." + line.met()))).toList();
        return table("targets", List.of("target", "year", "targetValue", "actual", "numerator", "denominator",
                "distance", "met"), rows);
    }

    /** The indicator's name on its overall line; "Dimension: category" on a category line. */
    private static String label(IndicatorLine line) {
        return line.isOverall() ? line.indicator().nameVi() : text("category", line.dimension(), line.category());
    }

    private static Percent percent(BigDecimal points) {
        return points == null ? null : new Percent(points);
    }

    private static ResultTable table(String name, List<String> columns, List<List<Object>> rows) {
        return new ResultTable(text("table." + name), text("table." + name + ".sheet"),
                columns.stream().map(column -> text("column." + column)).toList(), rows);
    }
}
