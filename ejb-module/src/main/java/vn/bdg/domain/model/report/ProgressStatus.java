package vn.bdg.domain.model.report;

/** How far a planned activity has come, as its unit reports it in a round. */
public enum ProgressStatus {
    NOT_STARTED,
    IN_PROGRESS,
    DONE
}
