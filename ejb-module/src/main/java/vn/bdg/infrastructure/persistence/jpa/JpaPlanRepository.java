package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.plan.PlanRepository;
import vn.bdg.domain.model.plan.UnitPlan;

/** Unit plans on JPA. */
@ApplicationScoped
public class JpaPlanRepository implements PlanRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<UnitPlan> find(long id) {
        return Optional.ofNullable(em.find(UnitPlan.class, id));
    }

    @Override
    public void store(UnitPlan plan) {
        if (plan.getId() == null) {
            em.persist(plan);
        }
    }

    @Override
    public List<UnitPlan> versions(long programmeId, long unitId) {
        return em.createNamedQuery("UnitPlan.versions", UnitPlan.class)
                .setParameter("programmeId", programmeId)
                .setParameter("unitId", unitId)
                .getResultList();
    }

    @Override
    public List<UnitPlan> versionsOf(long programmeId, Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("UnitPlan.versionsOf", UnitPlan.class)
                .setParameter("programmeId", programmeId)
                .setParameter("unitIds", unitIds)
                .getResultList();
    }
}
