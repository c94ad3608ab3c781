package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.bdg.application.consolidation.SampleResults.n;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.infrastructure.spreadsheet.TableWorkbook.Percent;

class ResultTablesTest {

    @Test
    void theIndicatorTableHasAHeadingRowPerTaskAndTheFiguresAsNumbersAndPercentages() {
        List<IndicatorRow> rows = IndicatorRow.of(SampleResults.indicators());
        assertEquals(List.of(true, false, false, true, false, false), rows.stream().map(IndicatorRow::isHeading).toList());
        assertEquals(List.of("I.2", "I.2", "I.2", "II.1", "II.1", "II.1"), rows.stream().map(IndicatorRow::taskCode).toList());

        ResultTable table = ResultTables.indicators(SampleResults.indicators());
        assertEquals(List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Tổng số", "Nữ", "Nam", "Tỷ lệ nữ (%)",
                "Số đơn vị báo cáo", "Tỷ lệ đơn vị (%)"), table.headers());
        assertEquals(Arrays.asList("I.2", "Tháng hành động", null, null, null, null, null, null, null), table.rows().get(0));
        assertEquals(Arrays.asList("BDG-29", "Tổ chức lễ phát động", "Có/Không", n("4"), null, null, null, 5,
                new Percent(n("80.00"))), table.rows().get(1));
        assertEquals(Arrays.asList("BDG-01", "Tổng số CB-GV-NV", "người", n("5145"), n("4115"), n("1030"),
                new Percent(n("79.98")), null, null), table.rows().get(4));
        assertEquals(Arrays.asList(null, "Nhóm: GV", "người", n("4620"), n("3600"), n("1020"), new Percent(n("77.92")),
                null, null), table.rows().get(5), "a category line names its dimension and category");
    }

    @Test
    void theOtherTablesKeepThePagesColumns() {
        ResultTable gaps = ResultTables.gaps(List.of(SampleResults.staffGap()));
        assertEquals(List.of("Mã", "Chỉ tiêu", "Tổng số", "Nữ", "Nam", "Tỷ lệ nữ (%)", "Chênh lệch nữ − nam",
                "Tỷ lệ nữ cùng kỳ năm trước (%)", "Thay đổi tỷ lệ nữ (điểm %)"), gaps.headers());
        assertEquals(Arrays.asList("BDG-01", "Tổng số CB-GV-NV", n("5145"), n("4115"), n("1030"), new Percent(n("79.9806")),
                n("3085"), new Percent(n("78.5")), n("1.4806")), gaps.rows().get(0));

        ResultTable years = ResultTables.years(List.of(SampleResults.staffYear()));
        assertEquals(List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Kỳ này", "Cùng kỳ năm trước", "Tăng, giảm", "Tăng, giảm (%)",
                "Tỷ lệ nữ (%)", "Tỷ lệ nữ cùng kỳ năm trước (%)", "Thay đổi tỷ lệ nữ (điểm %)"), years.headers());
        assertEquals(n("5000"), years.rows().get(0).get(4));

        ResultTable timeliness = ResultTables.timeliness(List.of(SampleResults.timeliness(Scope.whole(), null),
                SampleResults.timeliness(Scope.district(0), null), SampleResults.timeliness(Scope.district(12), "Phòng GD&ĐT Lê Chân"),
                SampleResults.timeliness(Scope.type(vn.bdg.domain.model.org.UnitType.TH), null)));
        assertEquals(List.of("Toàn Sở", "Các đơn vị trực thuộc Sở", "Phòng GD&ĐT Lê Chân", "Trường Tiểu học"),
                timeliness.rows().stream().map(row -> row.get(0)).toList());
        assertEquals(Arrays.asList("Toàn Sở", 10, 3, 2, 4, 1, 5), timeliness.rows().get(0));

        ResultTable targets = ResultTables.targets(List.of(SampleResults.leadership(true),
                new TargetLine("SEX_RATIO_AT_BIRTH", 2030, n("109"), null, null, null, null, null)));
        assertTrue(((String) targets.rows().get(0).get(0)).startsWith("Cơ quan, đơn vị có lãnh đạo chủ chốt là nữ"));
        assertEquals("Đạt", targets.rows().get(0).get(7));
        assertEquals("SEX_RATIO_AT_BIRTH", targets.rows().get(1).get(0), "a target this version does not name shows its code");
        assertNull(targets.rows().get(1).get(7), "nothing measured, nothing judged");
        assertEquals("Chưa đạt", ResultTables.targets(List.of(SampleResults.leadership(false))).rows().get(0).get(7));
    }

    @Test
    void theTargetsTableIsThereOnlyWhenThereAreTargets() {
        ScopeResults district = new ScopeResults(SampleResults.indicators(), List.of(), List.of(), List.of(), List.of());
        assertEquals(List.of("Chỉ tiêu", "Chênh lệch giới", "So với năm trước", "Nộp báo cáo"),
                ResultTables.of(district).stream().map(ResultTable::sheet).toList());
        ScopeResults whole = new ScopeResults(List.of(), List.of(), List.of(), List.of(),
                List.of(SampleResults.leadership(true)));
        assertEquals(5, ResultTables.of(whole).size());
    }
}
