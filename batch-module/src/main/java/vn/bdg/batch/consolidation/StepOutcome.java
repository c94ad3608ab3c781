package vn.bdg.batch.consolidation;

import java.io.Serializable;

/**
 * What one step of an execution did: its status, its exit status ("rows=120" for a batchlet step) and,
 * for the summing step, districts read, written and committed; and how long it took (null while it runs).
 */
public record StepOutcome(String name, String batchStatus, String exitStatus, long readCount, long writeCount,
                          long commitCount, Double seconds) implements Serializable {

    public String getName() {
        return name;
    }

    public String getBatchStatus() {
        return batchStatus;
    }

    public String getExitStatus() {
        return exitStatus;
    }

    public long getReadCount() {
        return readCount;
    }

    public long getWriteCount() {
        return writeCount;
    }

    public long getCommitCount() {
        return commitCount;
    }

    public Double getSeconds() {
        return seconds;
    }
}
