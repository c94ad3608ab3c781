package vn.bdg.batch.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** See {@link vn.bdg.application.consolidation.ConsolidationSteps#publish}. */
@Named
@Dependent
public class PublishBatchlet extends StepBatchlet {

    @Override
    int run(long runId) {
        return steps.publish(runId);
    }
}
