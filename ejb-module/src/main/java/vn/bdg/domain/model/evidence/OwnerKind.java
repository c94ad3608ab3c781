package vn.bdg.domain.model.evidence;

/** What an attachment is evidence for. */
public enum OwnerKind {
    PLAN_ACTIVITY,
    REPORT
}
