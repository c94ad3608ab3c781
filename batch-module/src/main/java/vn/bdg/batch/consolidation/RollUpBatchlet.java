package vn.bdg.batch.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** See {@link vn.bdg.application.consolidation.ConsolidationSteps#rollUp}. */
@Named
@Dependent
public class RollUpBatchlet extends StepBatchlet {

    @Override
    int run(long runId) {
        return steps.rollUp(runId);
    }
}
