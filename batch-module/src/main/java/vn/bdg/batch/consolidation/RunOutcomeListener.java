package vn.bdg.batch.consolidation;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.bdg.application.consolidation.ConsolidationSteps;
import vn.bdg.domain.model.consolidation.RunStatus;

/**
 * Ties the run to its job instance when an execution begins, and records on the run how it ended when it did not complete: failed, with the step and the
 * error, or stopped. A completed execution has published the run in its last step.
 */
@Named
@Dependent
public class RunOutcomeListener extends AbstractJobListener {

    @Inject
    private JobContext job;

    @Inject
    private ConsolidationSteps steps;

    @Override
    public void beforeJob() {
        steps.begin(RunParameters.runId(job), job.getInstanceId());
    }

    @Override
    public void afterJob() {
        BatchStatus status = job.getBatchStatus();
        Object error = job.getTransientUserData();
        if (status == BatchStatus.FAILED || error != null && status != BatchStatus.COMPLETED) {
            steps.ended(RunParameters.runId(job), RunStatus.FAILED, error == null ? null : error.toString());
        } else if (status == BatchStatus.STOPPING || status == BatchStatus.STOPPED) {
            steps.ended(RunParameters.runId(job), RunStatus.STOPPED, null);
        }
    }
}
