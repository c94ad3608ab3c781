package vn.bdg.batch.searchkeys;

import java.io.Serializable;

/** Where an execution of the job stands: its status, and units done out of all units. */
public record JobProgress(long executionId, String status, long done, long total) implements Serializable {

    public boolean isFinished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status) || "STOPPED".equals(status)
                || "ABANDONED".equals(status);
    }

    public int percent() {
        return total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    // Jakarta EL 5 sees JavaBean getters only, not record accessors.
    public long getExecutionId() {
        return executionId;
    }

    public String getStatus() {
        return status;
    }

    public long getDone() {
        return done;
    }

    public long getTotal() {
        return total;
    }
}
