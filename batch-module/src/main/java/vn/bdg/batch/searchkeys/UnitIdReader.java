package vn.bdg.batch.searchkeys;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.Deque;
import vn.bdg.application.OrgMaintenanceService;

/** Reads unit ids in id order, a page at a time (keyset, not offset); the checkpoint is the last id read. */
@Named
@Dependent
public class UnitIdReader extends AbstractItemReader {

    private static final int PAGE = 500;

    @Inject
    private OrgMaintenanceService maintenance;

    private final Deque<Long> page = new ArrayDeque<>();
    private long lastId;

    @Override
    public void open(Serializable checkpoint) {
        lastId = checkpoint == null ? 0L : (Long) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(maintenance.unitIdsAfter(lastId, PAGE));
        }
        Long next = page.poll();
        if (next != null) {
            lastId = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastId;
    }
}
