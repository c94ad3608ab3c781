package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bdg.application.consolidation.SampleResults.n;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.UnitType;

class ResultChartsTest {

    private static String label(Area area) {
        return area.name() == null ? area.scope().key() : area.name();
    }

    @Test
    void aSexDisaggregatedCellStacksWomenAndMenPerArea() {
        ChartData chart = ResultCharts.byArea(List.of(
                new AreaFigures(Scope.district(0), null, SampleResults.sexSplit("2058", "1646", "412", "79.98")),
                new AreaFigures(Scope.district(12), "Lê Chân", SampleResults.sexSplit("1029", "823", "206", "79.98"))),
                ResultChartsTest::label);
        assertEquals(List.of("0", "Lê Chân"), chart.labels());
        assertEquals(List.of("female", "male"), chart.series().stream().map(ChartData.Series::key).toList());
        assertEquals(List.of(n("1646"), n("823")), chart.series().get(0).values());
        assertEquals(List.of(n("412"), n("206")), chart.series().get(1).values());
        assertTrue(chart.stacked());
        assertFalse(chart.percent());
    }

    @Test
    void aYesNoCellShowsTheShareOfUnitsAndAPlainCountItsTotal() {
        ChartData yesNo = ResultCharts.byArea(List.of(
                new AreaFigures(Scope.type(UnitType.THPT), null, SampleResults.perUnit("2", 2, "100.00")),
                new AreaFigures(Scope.type(UnitType.TH), null, SampleResults.perUnit("2", 3, "66.67"))),
                ResultChartsTest::label);
        assertEquals(List.of("unitShare"), yesNo.series().stream().map(ChartData.Series::key).toList());
        assertEquals(List.of(n("100.00"), n("66.67")), yesNo.series().get(0).values());
        assertTrue(yesNo.percent());
        ChartData plain = ResultCharts.byArea(List.of(new AreaFigures(Scope.district(0), null, SampleResults.plain("30"))),
                ResultChartsTest::label);
        assertEquals("total", plain.series().get(0).key());
        assertTrue(ResultCharts.byArea(List.of(), ResultChartsTest::label).isEmpty());
    }

    @Test
    void theIndicatorChartsTakeTheLinesOfTheirTables() {
        ChartData shares = ResultCharts.femaleShares(List.of(SampleResults.staffGap()));
        assertEquals(List.of("BDG-01"), shares.labels());
        assertEquals(List.of(n("79.9806")), shares.series().get(0).values());
        ChartData units = ResultCharts.unitShares(SampleResults.indicators());
        assertEquals(List.of("BDG-29"), units.labels(), "only the overall lines answered per unit");
        assertEquals(List.of(n("80.00")), units.series().get(0).values());
        assertEquals(List.of("BDG-29"), ResultCharts.perUnit(SampleResults.indicators()).stream()
                .map(IndicatorLine::cell).toList());
    }

    @Test
    void timelinessStacksOnTimeLateMissingAndPending() {
        ChartData chart = ResultCharts.timeliness(List.of(SampleResults.timeliness(Scope.district(12), "Lê Chân")),
                ResultChartsTest::label);
        assertEquals(List.of("ON_TIME", "LATE", "MISSING", "PENDING"),
                chart.series().stream().map(ChartData.Series::key).toList());
        assertEquals(Arrays.asList(BigDecimal.valueOf(3), BigDecimal.valueOf(2), BigDecimal.valueOf(4), BigDecimal.ONE),
                chart.series().stream().map(s -> s.values().get(0)).toList());
        assertTrue(chart.stacked());
    }
}
