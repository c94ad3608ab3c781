package vn.bdg.domain.model.programme;

/** What a validation rule checks, for people reading the catalogue; the expression is what runs. */
public enum RuleKind {
    /** Nữ ≤ Tổng of one indicator. */
    FEMALE_WITHIN_TOTAL,
    /** A "trong đó" indicator is at most its total. */
    SUBSET,
    /** A value within bounds. */
    RANGE,
    /** Any other relation between indicators. */
    CROSS
}
