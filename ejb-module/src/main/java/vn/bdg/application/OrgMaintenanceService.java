package vn.bdg.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.bdg.domain.model.org.OrgUnitRepository;

/**
 * Housekeeping on the organisation tree run by batch jobs, inside the job's chunk transaction. The
 * job's starter checks who may start it.
 */
@Stateless
public class OrgMaintenanceService {

    @Inject
    private OrgUnitRepository units;

    /** Unit ids after {@code afterId}, in id order. */
    public List<Long> unitIdsAfter(long afterId, int limit) {
        return units.idsAfter(afterId, limit);
    }

    /** Recomputes the folded search keys of the given units. */
    public void recomputeSearchKeys(@NotNull List<Long> unitIds) {
        unitIds.forEach(id -> units.find(id).ifPresent(unit -> unit.recomputeSearchKey()));
    }

    public long unitCount() {
        return units.count();
    }
}
