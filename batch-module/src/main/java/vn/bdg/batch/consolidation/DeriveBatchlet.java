package vn.bdg.batch.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** See {@link vn.bdg.application.consolidation.ConsolidationSteps#recomputeDerived}. */
@Named
@Dependent
public class DeriveBatchlet extends StepBatchlet {

    @Override
    int run(long runId) {
        return steps.recomputeDerived(runId);
    }
}
