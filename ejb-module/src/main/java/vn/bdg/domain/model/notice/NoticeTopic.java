package vn.bdg.domain.model.notice;

/** What a notice is about; each topic has its sentence in the user-interface bundles. */
public enum NoticeTopic {
    /** Arguments: letter reference, year, subject. */
    PROGRAMME_PUBLISHED,
    /** Arguments: letter reference, round name, unit name, new due date. */
    DEADLINE_EXTENDED,
    /** Arguments: round name, unit name, reviewer, comment. */
    REPORT_RETURNED,
    /** Arguments: round name, unit name, reviewer. */
    REPORT_ACCEPTED,
    /** Arguments: round name, unit name, reviewer, reason. */
    REPORT_REOPENED,
    /** Arguments: round name, unit name, reviewer, reason. */
    REPORT_MARKED_MISSING,
    /** A reminder before the due date. Arguments: round name, unit name, due date, days left. */
    DEADLINE_NEAR,
    /** A reminder on the due date. Arguments: round name, unit name, due date. */
    DEADLINE_TODAY,
    /** A weekly reminder while overdue. Arguments: round name, unit name, due date, days overdue. */
    OVERDUE,
    /** A reviewer's daily digest. Arguments: number of new submissions, round name(s). */
    SUBMISSIONS_DIGEST
}
