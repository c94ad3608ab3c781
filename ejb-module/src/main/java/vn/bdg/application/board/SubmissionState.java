package vn.bdg.application.board;

/**
 * Where an expected unit's report stands in a round, as the board counts it: the report's own status,
 * or {@link #NOT_STARTED} while the unit has not opened one. {@link #MISSING} is a reviewer's record
 * that the unit will not report.
 */
public enum SubmissionState {
    NOT_STARTED,
    DRAFT,
    SUBMITTED,
    RETURNED,
    ACCEPTED,
    MISSING;

    /** Whether the report has been sent up and is still there (submitted or accepted). */
    public boolean isSent() {
        return this == SUBMITTED || this == ACCEPTED;
    }
}
