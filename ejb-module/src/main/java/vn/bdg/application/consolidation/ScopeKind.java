package vn.bdg.application.consolidation;

/** The groupings a round's results are consolidated at: the whole round, one district, one unit type. */
public enum ScopeKind {
    ALL,
    DISTRICT,
    TYPE
}
