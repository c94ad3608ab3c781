package vn.bdg.domain.model.report;

/**
 * Where a unit's report stands. The unit writes it while it is a draft, returned, or marked missing;
 * its head sends it up (submitted); the reviewing level accepts it (then it is locked) or returns it
 * with a comment. A reviewer marks a unit missing when it will not report, so a level can close the
 * round without it; the unit may still report late.
 */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    MISSING;

    /** Whether the unit may change the report now. */
    public boolean isEditableByUnit() {
        return this == DRAFT || this == RETURNED || this == MISSING;
    }
}
