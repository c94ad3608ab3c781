package vn.bdg.domain.model.consolidation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.programme.Programme;

/**
 * How a programme's derived indicators are consolidated (domain §1.5: "computed from sums; never average
 * the units' percentages"). Two kinds are told apart by their range:
 * <ul>
 * <li>a <em>unit flag</em> is bounded to 0..1 (BDG-06, "MIN(BDG-03 + BDG-04, 1)": the unit has a woman
 * in key leadership). It is a property of each unit, so it is computed per unit and consolidated like a
 * yes/no answer: the number of units flagged, out of the units that gave its parts;</li>
 * <li>any other formula (BDG-05, the share of women among managers) is recomputed at every level from
 * the consolidated parts, in an order where an indicator comes after the derived ones it uses.</li>
 * </ul>
 * A derived indicator without a formula is computed by the system elsewhere (BDG-60 from timeliness).
 */
public final class DerivedIndicators {

    private final List<Indicator> unitFlags = new ArrayList<>();
    private final List<Indicator> recomputed = new ArrayList<>();

    public DerivedIndicators(Programme programme) {
        Map<String, Indicator> pending = new LinkedHashMap<>();
        for (Indicator indicator : programme.getIndicators()) {
            if (indicator.getKind() != IndicatorKind.DERIVED || indicator.getFormula() == null
                    || indicator.getFormula().isBlank()) {
                continue;
            }
            if (isFlag(indicator)) {
                unitFlags.add(indicator);
            } else {
                pending.put(indicator.getCode(), indicator);
            }
        }
        orderByUse(pending);
    }

    /** Bounded to 0..1: whether the unit has the property. */
    static boolean isFlag(Indicator indicator) {
        return indicator.getMax() != null && indicator.getMax().compareTo(BigDecimal.ONE) == 0
                && (indicator.getMin() == null || indicator.getMin().signum() == 0);
    }

    /** Programme validation refuses cycles, so every round of this loop places at least one. */
    private void orderByUse(Map<String, Indicator> pending) {
        while (!pending.isEmpty()) {
            int before = pending.size();
            for (var it = pending.values().iterator(); it.hasNext(); ) {
                Indicator indicator = it.next();
                Set<String> uses = indicator.parsedFormula().codes();
                if (uses.stream().noneMatch(pending::containsKey)) {
                    recomputed.add(indicator);
                    it.remove();
                }
            }
            if (pending.size() == before) {
                throw new IllegalStateException("Derived indicators use each other in a cycle: " + pending.keySet());
            }
        }
    }

    public List<Indicator> unitFlags() {
        return List.copyOf(unitFlags);
    }

    /** Recomputed from consolidated parts, each after those it uses. */
    public List<Indicator> recomputed() {
        return List.copyOf(recomputed);
    }
}
