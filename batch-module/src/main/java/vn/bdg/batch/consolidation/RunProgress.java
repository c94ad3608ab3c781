package vn.bdg.batch.consolidation;

import java.io.Serializable;
import java.util.List;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.RunStatus;

/**
 * How far a run has got: its status, the step it is in (of {@link #STEPS}) and, in the summing step,
 * districts summed out of all. The percentage counts each step as one part, the summing step's part
 * filled district by district.
 */
public record RunProgress(long runId, RunStatus status, String step, int stepNumber, int partitionsDone,
                          int partitionsTotal, String lastError) implements Serializable {

    /** The job's steps, in order (consolidate-round.xml). */
    public static final List<String> STEPS = List.of("snapshot", "sum-districts", "roll-up", "derive", "gender",
            "publish");

    private static final String SUMMING = "sum-districts";

    public static RunProgress of(ConsolidationRun run) {
        int number = run.getCurrentStep() == null ? 0 : STEPS.indexOf(run.getCurrentStep()) + 1;
        return new RunProgress(run.getId(), run.getStatus(), run.getCurrentStep(), number, run.getPartitionsDone(),
                run.getPartitionsTotal() == null ? 0 : run.getPartitionsTotal(), run.getLastError());
    }

    public int getPercent() {
        if (status == RunStatus.PUBLISHED) {
            return 100;
        }
        if (stepNumber == 0) {
            return 0;
        }
        double within = SUMMING.equals(step) && partitionsTotal > 0 ? (double) partitionsDone / partitionsTotal : 0;
        return (int) Math.min(99, Math.floor(100 * (stepNumber - 1 + within) / STEPS.size()));
    }

    public boolean isFinished() {
        return status != RunStatus.RUNNING;
    }

    // Jakarta EL 5 sees JavaBean getters only, not record accessors.
    public long getRunId() {
        return runId;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getStep() {
        return step;
    }

    public int getStepNumber() {
        return stepNumber;
    }

    public int getStepCount() {
        return STEPS.size();
    }

    public int getPartitionsDone() {
        return partitionsDone;
    }

    public int getPartitionsTotal() {
        return partitionsTotal;
    }

    public String getLastError() {
        return lastError;
    }
}
