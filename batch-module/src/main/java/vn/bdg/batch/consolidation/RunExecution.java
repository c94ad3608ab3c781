package vn.bdg.batch.consolidation;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One execution of a run's job instance, for the history: how it ended, when, and what each of its steps did. */
public record RunExecution(long executionId, String batchStatus, Instant started, Instant ended, List<StepOutcome> steps)
        implements Serializable {

    public Duration duration() {
        return started == null || ended == null ? null : Duration.between(started, ended);
    }

    public long getExecutionId() {
        return executionId;
    }

    public String getBatchStatus() {
        return batchStatus;
    }

    public Instant getStarted() {
        return started;
    }

    public Instant getEnded() {
        return ended;
    }

    /** Seconds, with one decimal; null while running. */
    public Double getSeconds() {
        Duration duration = duration();
        return duration == null ? null : duration.toMillis() / 100 / 10.0;
    }

    public List<StepOutcome> getSteps() {
        return steps;
    }
}
