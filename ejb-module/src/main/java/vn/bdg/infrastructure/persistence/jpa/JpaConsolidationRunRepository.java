package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.ConsolidationRunRepository;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.programme.ProgrammeStatus;

/** Consolidation runs on JPA. */
@ApplicationScoped
public class JpaConsolidationRunRepository implements ConsolidationRunRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public ConsolidationRun save(ConsolidationRun run) {
        if (run.getId() == null) {
            em.persist(run);
            em.flush();
            return run;
        }
        return em.merge(run);
    }

    @Override
    public Optional<ConsolidationRun> find(long runId) {
        return Optional.ofNullable(em.find(ConsolidationRun.class, runId));
    }

    @Override
    public Optional<ConsolidationRun> lock(long runId) {
        return Optional.ofNullable(em.find(ConsolidationRun.class, runId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ConsolidationRun> ofRound(long roundId) {
        return em.createQuery("SELECT r FROM ConsolidationRun r WHERE r.roundId = :roundId"
                        + " ORDER BY r.requestedAt DESC, r.id DESC", ConsolidationRun.class)
                .setParameter("roundId", roundId).getResultList();
    }

    @Override
    public List<ConsolidationRun> running() {
        return em.createQuery("SELECT r FROM ConsolidationRun r WHERE r.status = :status", ConsolidationRun.class)
                .setParameter("status", RunStatus.RUNNING).getResultList();
    }

    @Override
    public Optional<Long> programmeOfRound(long roundId) {
        return em.createQuery("SELECT p.id FROM Programme p JOIN p.rounds rr WHERE rr.id = :roundId", Long.class)
                .setParameter("roundId", roundId).getResultList().stream().findFirst();
    }

    @Override
    public List<Long> roundsNeverConsolidated(LocalDate dueBy) {
        return em.createQuery("SELECT rr.id FROM Programme p JOIN p.rounds rr WHERE p.status = :published"
                        + " AND rr.dueTop <= :dueBy AND NOT EXISTS (SELECT c FROM ConsolidationRun c"
                        + " WHERE c.roundId = rr.id) ORDER BY rr.dueTop, rr.id", Long.class)
                .setParameter("published", ProgrammeStatus.PUBLISHED).setParameter("dueBy", dueBy).getResultList();
    }
}
