package vn.bdg.batch.consolidation;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bdg.application.Actor;
import vn.bdg.application.consolidation.ConsolidationRuns;
import vn.bdg.domain.model.consolidation.ConsolidationRun;

/**
 * Starts, stops, restarts and watches the {@code consolidate-round} job. All of it goes through this bean
 * because the batch runtime shows an execution only to the component that started it. No transaction of
 * its own: the run is committed before its job starts (the job's thread reads it), and each call into
 * {@link ConsolidationRuns} is its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsolidationJob {

    public static final String JOB_NAME = "consolidate-round";

    @Inject
    private ConsolidationRuns runs;

    /** Opens a run of the round and starts computing it; returns the run's id. */
    public long start(@NotNull Actor actor, long roundId, boolean includeSubmitted) {
        long runId = runs.open(actor, roundId, includeSubmitted).getId();
        operator().start(JOB_NAME, RunParameters.of(runId));
        return runId;
    }

    /** The timer's start for a round past its due date. */
    public long startAutomatically(long roundId) {
        long runId = runs.openAutomatically(roundId).getId();
        operator().start(JOB_NAME, RunParameters.of(runId));
        return runId;
    }

    /** Starts a {@link Drill}: a run of accepted reports that fails or crawls on purpose. */
    public long startDrill(@NotNull Actor actor, long roundId, @NotNull Drill drill) {
        long runId = runs.open(actor, roundId, false).getId();
        operator().start(JOB_NAME, RunParameters.of(runId, drill));
        return runId;
    }

    /** A failed or stopped run continues from its checkpoint, as a new execution of its job instance. */
    public void restart(@NotNull Actor actor, long runId) {
        ConsolidationRun run = runs.restart(actor, runId);
        Optional<JobExecution> last = lastExecution(run);
        if (last.isPresent()) {
            operator().restart(last.get().getExecutionId(), RunParameters.of(runId));
        } else {
            // It failed before its first execution began (the job never ran): start it afresh.
            operator().start(JOB_NAME, RunParameters.of(runId));
        }
    }

    /** Asks the running execution to stop after the step or chunk it is in. */
    public void stop(@NotNull Actor actor, long runId) {
        ConsolidationRun run = runs.managed(actor, runId);
        JobOperator operator = operator();
        for (Long executionId : operator.getRunningExecutions(JOB_NAME)) {
            if (run.getJobInstanceId() != null
                    && operator.getJobInstance(executionId).getInstanceId() == run.getJobInstanceId()) {
                operator.stop(executionId);
            }
        }
    }

    public RunProgress progress(@NotNull Actor actor, long runId) {
        return RunProgress.of(runs.managed(actor, runId));
    }

    /** The round's runs with their executions, the latest first. */
    public List<RunHistory> history(@NotNull Actor actor, long roundId) {
        List<ConsolidationRun> rounds = runs.history(actor, roundId);
        Map<Long, JobInstance> instances = instances();
        return rounds.stream().map(run -> new RunHistory(run, executions(instances.get(run.getJobInstanceId()))))
                .toList();
    }

    private List<RunExecution> executions(JobInstance instance) {
        if (instance == null) {
            return List.of();
        }
        JobOperator operator = operator();
        return operator.getJobExecutions(instance).stream()
                .sorted(Comparator.comparingLong(JobExecution::getExecutionId).reversed())
                .map(execution -> new RunExecution(execution.getExecutionId(), execution.getBatchStatus().name(),
                        instant(execution.getStartTime()), instant(execution.getEndTime()),
                        steps(operator.getStepExecutions(execution.getExecutionId()))))
                .toList();
    }

    private static List<StepOutcome> steps(List<StepExecution> steps) {
        return steps.stream().sorted(Comparator.comparingLong(StepExecution::getStepExecutionId))
                .map(step -> new StepOutcome(step.getStepName(), step.getBatchStatus().name(), step.getExitStatus(),
                        metric(step, Metric.MetricType.READ_COUNT), metric(step, Metric.MetricType.WRITE_COUNT),
                        metric(step, Metric.MetricType.COMMIT_COUNT), seconds(step.getStartTime(), step.getEndTime())))
                .toList();
    }

    private static long metric(StepExecution step, Metric.MetricType type) {
        for (Metric metric : step.getMetrics()) {
            if (metric.getType() == type) {
                return metric.getValue();
            }
        }
        return 0;
    }

    private Optional<JobExecution> lastExecution(ConsolidationRun run) {
        JobInstance instance = run.getJobInstanceId() == null ? null : instances().get(run.getJobInstanceId());
        if (instance == null) {
            return Optional.empty();
        }
        return operator().getJobExecutions(instance).stream().max(Comparator.comparingLong(JobExecution::getExecutionId));
    }

    private Map<Long, JobInstance> instances() {
        JobOperator operator = operator();
        Map<Long, JobInstance> byId = new HashMap<>();
        int count;
        try {
            count = operator.getJobInstanceCount(JOB_NAME);
        } catch (jakarta.batch.operations.NoSuchJobException e) {
            return byId;
        }
        for (JobInstance instance : operator.getJobInstances(JOB_NAME, 0, count)) {
            byId.put(instance.getInstanceId(), instance);
        }
        return byId;
    }

    private static Double seconds(Date start, Date end) {
        return start == null || end == null ? null : (end.getTime() - start.getTime()) / 100 / 10.0;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
