package vn.bdg.batch.consolidation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bdg.application.consolidation.ConsolidationSteps;

/** Sums each district of the chunk in the chunk's transaction, with the checkpoint. */
@Named
@Dependent
public class DistrictWriter extends AbstractItemWriter {

    @Inject
    private JobContext job;

    @Inject
    private ConsolidationSteps steps;

    @Override
    public void writeItems(List<Object> items) {
        long runId = RunParameters.runId(job);
        int failAt = RunParameters.failAtPartition(job);
        for (Object item : items) {
            District district = (District) item;
            if (district.ordinal() == failAt) {
                throw new IllegalStateException("Failed on purpose at partition " + failAt + " ("
                        + RunParameters.FAIL_AT_PARTITION + ")");
            }
            steps.sumDistrict(runId, district.key(), district.ordinal());
        }
    }
}
