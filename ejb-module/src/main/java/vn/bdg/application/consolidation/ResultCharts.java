package vn.bdg.application.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.bdg.application.consolidation.ChartData.Series;

/**
 * The charts of the results page, each built from the lines of the table beside it, so that a chart
 * and its table always show the same numbers. Labels of areas come from the page ({@code label}); the
 * indicators are labelled by their codes.
 */
public final class ResultCharts {

    private ResultCharts() {
    }

    /**
     * One cell per area: women and men stacked for a sex-disaggregated cell, the percentage of units for
     * a yes/no answer or per-unit flag, the total otherwise (decided by the first area's figures, as all
     * areas show the same cell).
     */
    public static ChartData byArea(List<AreaFigures> areas, Function<Area, String> label) {
        List<String> labels = areas.stream().map(label).toList();
        if (areas.isEmpty()) {
            return new ChartData(labels, List.of(), false, false);
        }
        Figures first = areas.get(0).figures();
        if (first.isSexSplit()) {
            return new ChartData(labels, List.of(series("female", areas, a -> a.figures().female()),
                    series("male", areas, a -> a.figures().male())), true, false);
        }
        if (first.isPerUnit()) {
            return new ChartData(labels, List.of(series("unitShare", areas, a -> a.figures().unitShare())), false, true);
        }
        return new ChartData(labels, List.of(series("total", areas, a -> a.figures().total())), false, false);
    }

    /** The share of women per sex-disaggregated indicator of the gap table. */
    public static ChartData femaleShares(List<GapLine> gaps) {
        return new ChartData(gaps.stream().map(gap -> gap.indicator().code()).toList(),
                List.of(series("femaleShare", gaps, GapLine::femaleShare)), false, true);
    }

    /** The percentage of units answering yes per yes/no question or per-unit flag of the indicator table. */
    public static ChartData unitShares(List<IndicatorLine> lines) {
        List<IndicatorLine> perUnit = perUnit(lines);
        return new ChartData(perUnit.stream().map(line -> line.indicator().code()).toList(),
                List.of(series("unitShare", perUnit, line -> line.figures().unitShare())), false, true);
    }

    /** The overall lines of yes/no questions and per-unit flags, as the table beside their chart lists them. */
    public static List<IndicatorLine> perUnit(List<IndicatorLine> lines) {
        return lines.stream().filter(line -> line.isOverall() && line.figures().isPerUnit()).toList();
    }

    /** Units on time, late, missing and pending per area, stacked to the units expected. */
    public static ChartData timeliness(List<TimelinessLine> lines, Function<Area, String> label) {
        List<Series> series = new ArrayList<>();
        series.add(series("ON_TIME", lines, line -> BigDecimal.valueOf(line.onTime())));
        series.add(series("LATE", lines, line -> BigDecimal.valueOf(line.late())));
        series.add(series("MISSING", lines, line -> BigDecimal.valueOf(line.missing())));
        series.add(series("PENDING", lines, line -> BigDecimal.valueOf(line.pending())));
        return new ChartData(lines.stream().map(label).toList(), series, true, false);
    }

    private static <T> Series series(String key, List<T> lines, Function<T, BigDecimal> value) {
        return new Series(key, lines.stream().map(value).toList());
    }
}
