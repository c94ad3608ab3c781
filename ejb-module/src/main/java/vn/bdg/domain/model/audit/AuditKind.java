package vn.bdg.domain.model.audit;

/** What sort of thing an audit entry records; the trail's screens and reviewers filter by it. */
public enum AuditKind {
    /** A value of a report, plan or programme changed; the entry lists each field with before and after. */
    VALUE_CHANGE,
    /** A report or plan moved from one status to another (submitted, returned, accepted, issued). */
    STATUS_CHANGE,
    /** A unit was given more time in a round; the change is its due date. */
    EXTENSION,
    /** Somebody tried to sign in, whether it succeeded or not. */
    LOGIN,
    /** A report or list left the system as a file made for the purpose (XLSX, DOCX, PDF). */
    EXPORT,
    /** A stored file, such as evidence, was handed to somebody. */
    DOWNLOAD
}
