package vn.bdg.domain.model.report;

import java.math.BigDecimal;

/** One cell that differs between two versions of a report: its value before and after (null when empty). */
public record ValueChange(String cell, BigDecimal before, BigDecimal after) {
}
