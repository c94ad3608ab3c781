package vn.bdg.domain.model.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.application.internal.DefaultCatalogue;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorDefinition;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.SigningAuthority;

class DerivedIndicatorsTest {

    private static Programme programme() {
        OrgUnit so = OrgUnit.found("SGD-HP", UnitType.SO, new UnitDescription("Sở Giáo dục và Đào tạo Hải Phòng",
                "Sở GD&ĐT Hải Phòng", "SGDĐT", null, null), LocalDate.of(2015, 1, 1), null);
        return Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT", LocalDate.of(2020, 3, 16),
                "Hải Phòng", "V/v bình đẳng giới", SigningAuthority.KT, "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đỗ Thị Hòa"),
                "so.ctrtt", Instant.parse("2020-03-16T03:00:00Z"));
    }

    @Test
    void aBoundedZeroToOneFormulaIsAUnitFlagAndARatioIsRecomputedFromTheSums() {
        Programme programme = programme();
        DefaultCatalogue.loadInto(programme);
        DerivedIndicators derived = new DerivedIndicators(programme);
        assertEquals(List.of("BDG-06"), derived.unitFlags().stream().map(Indicator::getCode).toList(),
                "a unit has a woman in key leadership or not");
        assertTrue(derived.recomputed().stream().anyMatch(i -> i.getCode().equals("BDG-05")),
                "the share of women among managers comes from the summed managers");
        assertTrue(derived.recomputed().stream().noneMatch(i -> i.getCode().equals("BDG-60")),
                "an indicator without a formula is the system's (timeliness)");
    }

    @Test
    void aDerivedIndicatorComesAfterTheDerivedOnesItUses() {
        Programme programme = programme();
        programme.addTask(null, "I", "Các nhiệm vụ chủ yếu", null);
        programme.addIndicator(definition("BDG-90", IndicatorKind.SNAPSHOT, null));
        programme.addIndicator(definition("BDG-91", IndicatorKind.DERIVED, "BDG-90 + 1"));
        programme.addIndicator(definition("BDG-92", IndicatorKind.DERIVED, "BDG-90 * 2"));
        programme.changeIndicator(definition("BDG-91", IndicatorKind.DERIVED, "BDG-92 + 1"));
        assertEquals(List.of("BDG-92", "BDG-91"),
                new DerivedIndicators(programme).recomputed().stream().map(Indicator::getCode).toList());
    }

    private static IndicatorDefinition definition(String code, IndicatorKind kind, String formula) {
        return new IndicatorDefinition(code, "I", "Chỉ tiêu " + code, "Indicator " + code, "người", "persons", kind,
                formula, null, false, List.of(), EnumSet.of(UnitType.THPT), false, false, null, null);
    }
}
