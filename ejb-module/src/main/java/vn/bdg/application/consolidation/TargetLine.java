package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A national target (domain §1.3) measured on the whole round: its milestone year and value in percent,
 * the share measured with its numerator and denominator, the distance the run computed, and whether the
 * measured share reaches the target (null when nothing could be measured).
 */
public record TargetLine(String code, int year, BigDecimal target, BigDecimal actual, BigDecimal numerator,
                         BigDecimal denominator, BigDecimal distance, Boolean met) implements Serializable {
}
