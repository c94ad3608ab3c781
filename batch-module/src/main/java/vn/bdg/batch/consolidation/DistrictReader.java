package vn.bdg.batch.consolidation;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.bdg.application.consolidation.ConsolidationSteps;

/**
 * Reads the run's districts in their fixed order. The checkpoint is how many are summed, committed with
 * each district's rows, so a restart continues with the first district not yet summed.
 */
@Named
@Dependent
public class DistrictReader extends AbstractItemReader {

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Inject
    private ConsolidationSteps steps;

    private List<String> keys;
    private int position;

    @Override
    public void open(Serializable checkpoint) {
        long runId = RunParameters.runId(job);
        steps.enter(runId, step.getStepName());
        keys = steps.districtKeys(runId);
        position = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        if (position >= keys.size()) {
            return null;
        }
        position++;
        return new District(keys.get(position - 1), position);
    }

    @Override
    public Serializable checkpointInfo() {
        return position;
    }
}
