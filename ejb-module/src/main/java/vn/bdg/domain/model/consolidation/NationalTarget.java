package vn.bdg.domain.model.consolidation;

import java.math.BigDecimal;

/**
 * The national targets of domain §1.3 that a Sở's consolidated figures can be measured against, each
 * with the share it is measured by and its two milestones. A round before 2025 is measured against the
 * 2025 milestone (the first the strategy sets), a later one against the 2030 milestone.
 */
public enum NationalTarget {

    /**
     * NQ 28/NQ-CP objective 1 and QĐ 2282/QĐ-TTg: units with a woman among their key leaders, 60 % by
     * 2025 and 75 % by 2030. Measured by BDG-06, the per-unit flag: units flagged out of units that
     * gave the figures it is computed from.
     */
    WOMEN_IN_KEY_LEADERSHIP("BDG-06", null, new BigDecimal("60"), new BigDecimal("75")),

    /** NQ 28/NQ-CP objective 5: women among holders of a doctorate, about 25 % by 2025 and 30 % by 2030. */
    FEMALE_DOCTORATES("BDG-12[Trình độ=Tiến sĩ].nu", "BDG-12[Trình độ=Tiến sĩ]", new BigDecimal("25"),
            new BigDecimal("30"));

    private static final int FIRST_MILESTONE_YEAR = 2025;

    private final String numeratorCell;
    private final String denominatorCell;
    private final BigDecimal by2025;
    private final BigDecimal by2030;

    NationalTarget(String numeratorCell, String denominatorCell, BigDecimal by2025, BigDecimal by2030) {
        this.numeratorCell = numeratorCell;
        this.denominatorCell = denominatorCell;
        this.by2025 = by2025;
        this.by2030 = by2030;
    }

    /** The consolidated cell counted. */
    public String numeratorCell() {
        return numeratorCell;
    }

    /**
     * The consolidated cell it is a share of; null when it is a share of the units that gave the
     * numerator (a per-unit flag).
     */
    public String denominatorCell() {
        return denominatorCell;
    }

    public boolean isShareOfUnits() {
        return denominatorCell == null;
    }

    /** The milestone a round of {@code year} is measured against, in percent. */
    public BigDecimal targetFor(int year) {
        return year <= FIRST_MILESTONE_YEAR ? by2025 : by2030;
    }

    /** The year of that milestone. */
    public int milestoneFor(int year) {
        return year <= FIRST_MILESTONE_YEAR ? FIRST_MILESTONE_YEAR : 2030;
    }
}
