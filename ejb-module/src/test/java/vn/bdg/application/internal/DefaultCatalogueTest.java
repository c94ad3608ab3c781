package vn.bdg.application.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitDescription;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.GuidanceLetter;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RuleKind;
import vn.bdg.domain.model.programme.SigningAuthority;

class DefaultCatalogueTest {

    @Test
    void theSixtyIndicatorsAndTheirRulesLoadThroughTheProgrammesOwnChecks() {
        OrgUnit so = OrgUnit.found("SGD", UnitType.SO, new UnitDescription("Sở", "Sở", "SGDĐT", null, null),
                LocalDate.of(2015, 1, 1), null);
        Programme programme = Programme.draft(2020, so, new GuidanceLetter("571", "SGDĐT-CTrTT",
                LocalDate.of(2020, 3, 16), "Hải Phòng", "V/v", SigningAuthority.NONE, null, "GIÁM ĐỐC", "A"),
                "test", Instant.now());

        assertEquals(60, DefaultCatalogue.loadInto(programme));
        assertEquals(11, programme.getTasks().size());
        assertEquals("người", programme.indicator("BDG-01").getUnitVi());
        assertEquals("lượt người", programme.indicator("BDG-19").getUnitVi());
        assertEquals(IndicatorKind.DERIVED, programme.indicator("BDG-05").getKind());
        assertEquals("II.1", programme.indicator("BDG-05").getTaskCode());
        assertTrue(programme.indicator("BDG-01").getDimensions().get(0).getCategories().contains("GV"));
        assertTrue(programme.getRules().stream().anyMatch(r -> r.getExpression().equals("BDG-03 + BDG-04 <= BDG-02")));
        long femaleRules = programme.getRules().stream().filter(r -> r.getKind() == RuleKind.FEMALE_WITHIN_TOTAL).count();
        long sexSplitCounts = programme.getIndicators().stream().filter(i -> i.isSexSplit() && !i.isShare()).count();
        assertEquals(sexSplitCounts, femaleRules);
        assertEquals("BDG-01", programme.indicator("BDG-27").getShareOf());
        assertTrue(programme.getIndicators().stream().filter(i -> i != programme.indicator("BDG-27"))
                .noneMatch(i -> i.isShare()), "only BDG-27 is a percentage units enter");
        assertEquals(0, DefaultCatalogue.loadInto(programme));
    }
}
