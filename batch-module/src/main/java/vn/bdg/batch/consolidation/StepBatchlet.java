package vn.bdg.batch.consolidation;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.inject.Inject;
import vn.bdg.application.consolidation.ConsolidationSteps;

/**
 * A step that is one call of {@link ConsolidationSteps}: it records the step as the run's current one,
 * runs it and ends with the number of rows it wrote as its exit status ("rows=120").
 */
abstract class StepBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ConsolidationSteps steps;

    @Override
    public String process() {
        long runId = RunParameters.runId(job);
        steps.enter(runId, step.getStepName());
        return "rows=" + run(runId);
    }

    abstract int run(long runId);
}
