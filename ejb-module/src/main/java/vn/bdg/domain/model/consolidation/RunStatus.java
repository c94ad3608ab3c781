package vn.bdg.domain.model.consolidation;

/** Where a consolidation run stands. Only a PUBLISHED run is what readers of the round see. */
public enum RunStatus {
    /** Its job execution is running (or was, until the server stopped: see the startup recovery). */
    RUNNING,
    /** The last execution failed; it may be restarted from its checkpoint. */
    FAILED,
    /** The last execution was stopped by an administrator; it may be restarted from its checkpoint. */
    STOPPED,
    /** Completed and published: the round's results, until a later run is published. */
    PUBLISHED;

    public boolean isRestartable() {
        return this == FAILED || this == STOPPED;
    }
}
