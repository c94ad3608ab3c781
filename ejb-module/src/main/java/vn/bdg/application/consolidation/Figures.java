package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * The consolidated numbers of one cell in one scope, every one computed by the database. {@code total}
 * is the cell's amount: a sum of the units' values, the number of units answering yes (a yes/no question
 * or a per-unit flag, with {@code unitShare} the percentage of the units that answered), or a derived
 * ratio recomputed from sums. {@code units} is the number of units that gave the cell (none for a
 * recomputed ratio). {@code female}, {@code male} ({@code total − female}) and {@code femaleShare}
 * (percent) are there for a sex-disaggregated count. Any of them may be null where it does not apply.
 */
public record Figures(BigDecimal total, BigDecimal female, BigDecimal male, BigDecimal femaleShare,
                      Integer units, BigDecimal unitShare) implements Serializable {

    /** Whether the cell counts units answering yes rather than people or things. */
    public boolean isPerUnit() {
        return unitShare != null;
    }

    public boolean isSexSplit() {
        return female != null;
    }
}
