package vn.bdg.domain.model.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NationalTargetTest {

    @Test
    void roundsUpTo2025AreMeasuredAgainstThe2025MilestoneAndLaterOnesAgainst2030() {
        NationalTarget leaders = NationalTarget.WOMEN_IN_KEY_LEADERSHIP;
        assertEquals(0, new BigDecimal("60").compareTo(leaders.targetFor(2020)));
        assertEquals(2025, leaders.milestoneFor(2020));
        assertEquals(0, new BigDecimal("60").compareTo(leaders.targetFor(2025)));
        assertEquals(0, new BigDecimal("75").compareTo(leaders.targetFor(2026)));
        assertEquals(2030, leaders.milestoneFor(2026));
        assertTrue(leaders.isShareOfUnits(), "a share of units, each flagged or not");
        assertEquals("BDG-12[Trình độ=Tiến sĩ]", NationalTarget.FEMALE_DOCTORATES.denominatorCell());
    }
}
