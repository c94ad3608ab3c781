package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.domain.model.org.UnitType;

class ScopeTest {

    @Test
    void aScopeIsKeyedAsTheConsolidationTablesKeyIt() {
        assertEquals(new Scope(ScopeKind.ALL, ""), Scope.whole());
        assertEquals(new Scope(ScopeKind.DISTRICT, "1234"), Scope.district(1234));
        assertEquals(new Scope(ScopeKind.TYPE, "THPT"), Scope.type(UnitType.THPT));
        assertEquals(1234L, Scope.district(1234).districtId());
        assertNull(Scope.whole().districtId());
        assertTrue(Scope.district(0).isDirectToSo());
        assertFalse(Scope.district(1234).isDirectToSo());
        assertEquals(UnitType.TH, Scope.type(UnitType.TH).unitType());
    }

    @Test
    void aKeyThatDoesNotFitItsKindIsNotWellFormed() {
        for (Scope good : List.of(Scope.whole(), Scope.district(0), Scope.district(98765), Scope.type(UnitType.MN))) {
            assertTrue(good.isWellFormed(), good.toString());
        }
        for (Scope bad : List.of(new Scope(ScopeKind.ALL, "0"), new Scope(ScopeKind.DISTRICT, ""),
                new Scope(ScopeKind.DISTRICT, "Lê Chân"), new Scope(ScopeKind.DISTRICT, "1 OR 1=1"),
                new Scope(ScopeKind.TYPE, "TRUONG"), new Scope(ScopeKind.TYPE, ""))) {
            assertFalse(bad.isWellFormed(), bad.toString());
        }
    }

    @Test
    void aPhongSeesItsOwnDistrictOnlyAndTheSoEverything() {
        Overview phong = new Overview(1, "KH", 2, "6T", "Sáu tháng", null, false, List.of(77L));
        assertTrue(phong.allows(Scope.district(77)));
        assertFalse(phong.allows(Scope.district(78)));
        assertFalse(phong.allows(Scope.district(0)));
        assertFalse(phong.allows(Scope.whole()));
        assertFalse(phong.allows(Scope.type(UnitType.TH)));
        assertEquals(Scope.district(77), phong.firstScope());
        Overview so = new Overview(1, "KH", 2, "6T", "Sáu tháng", null, true, List.of());
        assertTrue(so.allows(Scope.type(UnitType.TH)));
        assertEquals(Scope.whole(), so.firstScope());
        assertFalse(so.isPublished());
    }
}
