package vn.bdg.domain.model.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Unit plans, every version kept. */
public interface PlanRepository {

    Optional<UnitPlan> find(long id);

    void store(UnitPlan plan);

    /** Every version of one unit's plan for a programme, newest first. */
    List<UnitPlan> versions(long programmeId, long unitId);

    /** Every version of the given units' plans for a programme, by unit then newest first. */
    List<UnitPlan> versionsOf(long programmeId, Collection<Long> unitIds);
}
