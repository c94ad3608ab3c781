package vn.bdg.batch.consolidation;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/** See {@link vn.bdg.application.consolidation.ConsolidationSteps#snapshot}. */
@Named
@Dependent
public class SnapshotBatchlet extends StepBatchlet {

    @Override
    int run(long runId) {
        return steps.snapshot(runId);
    }
}
