package vn.bdg.domain.model.programme;

/** How an indicator's values behave over time and up the tree (domain §1.5, kind codes). */
public enum IndicatorKind {
    /** A count at the data cut-off; never summed across periods. */
    SNAPSHOT,
    /** A count within the period; summed, the annual value cumulative from the period start. */
    FLOW,
    /** Yes or no; aggregates to a count and a share of units. */
    YES_NO,
    /** Computed by a formula from other indicators; recomputed from sums, never averaged. */
    DERIVED
}
