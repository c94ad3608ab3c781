package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The gender gap of one sex-disaggregated indicator in one scope: the share of women (percent), women
 * minus men, and the share of women in the same round kind of the previous year with its change in
 * percentage points (null when the previous year has no published run).
 */
public record GapLine(IndicatorInfo indicator, BigDecimal total, BigDecimal female, BigDecimal male,
                      BigDecimal femaleShare, BigDecimal gap, BigDecimal previousShare, BigDecimal shareChange)
        implements Serializable {
}
