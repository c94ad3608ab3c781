package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.UnitType;

class AreaOrderTest {

    @Test
    void theWholeRoundThenTheDistrictsUnderTheSoFirstThenThePhongInVietnameseOrderThenTheTypesInTheTreesOrder() {
        List<TimelinessLine> lines = new ArrayList<>(List.of(
                SampleResults.timeliness(Scope.type(UnitType.TH), null),
                SampleResults.timeliness(Scope.district(31), "Phòng GD&ĐT Đồ Sơn"),
                SampleResults.timeliness(Scope.type(UnitType.THPT), null),
                SampleResults.timeliness(Scope.district(12), "Phòng GD&ĐT Lê Chân"),
                SampleResults.timeliness(Scope.district(0), null),
                SampleResults.timeliness(Scope.district(40), "Phòng GD&ĐT Dương Kinh"),
                SampleResults.timeliness(Scope.whole(), null),
                SampleResults.timeliness(Scope.type(UnitType.PHONG), null)));
        Collections.shuffle(lines);
        lines.sort(AreaOrder.AREAS);
        assertEquals(List.of(Scope.whole(), Scope.district(0), Scope.district(40), Scope.district(31), Scope.district(12),
                Scope.type(UnitType.PHONG), Scope.type(UnitType.THPT), Scope.type(UnitType.TH)),
                lines.stream().map(TimelinessLine::scope).toList(), "D before Đ, Đ before L");
    }
}
