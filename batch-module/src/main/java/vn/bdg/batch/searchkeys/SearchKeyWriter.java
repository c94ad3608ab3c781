package vn.bdg.batch.searchkeys;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import vn.bdg.application.OrgMaintenanceService;

/** Recomputes the search keys of one chunk of units in the chunk's transaction. */
@Named
@Dependent
public class SearchKeyWriter extends AbstractItemWriter {

    @Inject
    private OrgMaintenanceService maintenance;

    @Override
    public void writeItems(List<Object> items) {
        maintenance.recomputeSearchKeys(items.stream().map(Long.class::cast).toList());
    }
}
