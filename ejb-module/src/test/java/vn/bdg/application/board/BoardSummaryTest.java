package vn.bdg.application.board;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.UnitType;

class BoardSummaryTest {

    private static final LocalDate TODAY = LocalDate.of(2020, 6, 2);

    private static final List<GroupedCount> ROWS = List.of(
            new GroupedCount(7L, "Phòng GD&ĐT Đồ Sơn", UnitType.TH, SubmissionState.NOT_STARTED, Timeliness.MISSING, 5),
            new GroupedCount(9L, "Phòng GD&ĐT Dương Kinh", UnitType.TH, SubmissionState.ACCEPTED, Timeliness.LATE, 2),
            new GroupedCount(9L, "Phòng GD&ĐT Dương Kinh", UnitType.MN, SubmissionState.DRAFT, Timeliness.PENDING, 3),
            new GroupedCount(null, null, UnitType.THPT, SubmissionState.SUBMITTED, Timeliness.ON_TIME, 4),
            new GroupedCount(null, null, UnitType.PHONG, SubmissionState.MISSING, Timeliness.MISSING, 1));

    @Test
    void theGroupedRowsAddUpInTotalPerDistrictAndPerType() {
        BoardSummary summary = BoardSummary.of(TODAY, ROWS);

        Counts total = summary.getTotal();
        assertEquals(15, total.getExpected());
        assertEquals(5, total.getNotStarted());
        assertEquals(1, total.getMarkedMissing());
        assertEquals(6, total.getMissing(), "not sent after the due day, and marked missing");
        assertEquals(3, total.getPending());
        assertEquals(total.getExpected(), total.byState().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(total.getExpected(), total.byTimeliness().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(5, summary.getDistricts().get(2).getCounts().getExpected());
        assertEquals(List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH, UnitType.MN),
                summary.getUnitTypes().stream().map(GroupCounts::getKey).toList(), "the tree's order of types");
        assertEquals(7, summary.getUnitTypes().get(2).getCounts().getExpected());
        assertEquals(TODAY, summary.getToday());
    }

    @Test
    void theUnitsUnderTheSoComeFirstThenThePhongInVietnameseOrder() {
        List<District> districts = BoardSummary.of(TODAY, ROWS).getDistricts().stream().map(GroupCounts::getKey).toList();

        assertTrue(districts.get(0).isDirectToSo());
        assertNull(districts.get(0).name());
        assertEquals(List.of("Phòng GD&ĐT Dương Kinh", "Phòng GD&ĐT Đồ Sơn"),
                districts.subList(1, 3).stream().map(District::name).toList(), "Đ is a letter after D");
    }
}
