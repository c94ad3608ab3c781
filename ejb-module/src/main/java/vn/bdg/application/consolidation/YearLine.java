package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator of a scope against the same round kind of the issuer's previous year: the totals, the
 * change and the change in percent of last year's total (not for derived ratios, whose change is in
 * points), and for a sex-disaggregated indicator the shares of women. The previous figures are null when
 * the previous year has no published run or did not have the cell.
 */
public record YearLine(IndicatorInfo indicator, BigDecimal total, BigDecimal previousTotal, BigDecimal change,
                       BigDecimal changePercent, BigDecimal femaleShare, BigDecimal previousShare,
                       BigDecimal shareChange) implements Serializable {
}
