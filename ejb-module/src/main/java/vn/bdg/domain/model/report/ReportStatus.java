package vn.bdg.domain.model.report;

/** Where a unit's report stands: being written by the unit, or sent up. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED
}
