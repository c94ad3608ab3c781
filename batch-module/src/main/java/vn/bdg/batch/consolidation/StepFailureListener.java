package vn.bdg.batch.consolidation;

import jakarta.batch.api.listener.AbstractStepListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the exception a step failed with, for {@link RunOutcomeListener} to record on the run. */
@Named
@Dependent
public class StepFailureListener extends AbstractStepListener {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public void afterStep() {
        Exception failure = step.getException();
        if (failure != null) {
            Throwable cause = failure;
            while (cause.getCause() != null && cause.getCause() != cause) {
                cause = cause.getCause();
            }
            job.setTransientUserData(step.getStepName() + ": " + cause);
        }
    }
}
