package vn.bdg.batch.consolidation;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bdg.application.consolidation.ConsolidationSteps;

/**
 * Sums each district of the chunk in the chunk's transaction, with the checkpoint; a {@link Drill}
 * may pause or fail first.
 */
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
        Drill drill = RunParameters.drill(job);
        for (Object item : items) {
            District district = (District) item;
            pause(drill.pauseMillis());
            if (district.ordinal() == drill.failAtPartition()) {
                throw new IllegalStateException("Failed on purpose at partition " + district.ordinal() + " (a drill)");
            }
            steps.sumDistrict(runId, district.key(), district.ordinal());
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
