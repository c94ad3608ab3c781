package vn.bdg.domain.model.consolidation;

/** The groupings results are consolidated at: the whole round, one district, one unit type. */
public enum ScopeKind {
    ALL,
    DISTRICT,
    TYPE;

    /** The scope key of the whole round. */
    public static final String WHOLE = "";

    /** The district key of the units directly under the Sở (no Phòng above them). */
    public static final String DIRECT_TO_SO = "0";
}
