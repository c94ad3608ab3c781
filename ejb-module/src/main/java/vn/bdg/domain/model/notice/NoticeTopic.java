package vn.bdg.domain.model.notice;

/** What a notice is about; each topic has its sentence in the user-interface bundles. */
public enum NoticeTopic {
    /** Arguments: letter reference, year, subject. */
    PROGRAMME_PUBLISHED,
    /** Arguments: letter reference, round name, unit name, new due date. */
    DEADLINE_EXTENDED
}
