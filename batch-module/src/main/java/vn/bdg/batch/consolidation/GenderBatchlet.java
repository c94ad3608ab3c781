package vn.bdg.batch.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** See {@link vn.bdg.application.consolidation.ConsolidationSteps#measureGender}. */
@Named
@Dependent
public class GenderBatchlet extends StepBatchlet {

    @Override
    int run(long runId) {
        return steps.measureGender(runId);
    }
}
