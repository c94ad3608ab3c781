package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.domain.model.audit.AuditRepository;

/**
 * The audit trail on JPA: persist and named queries, nothing else. A page of entries comes with its
 * arguments and changes read in two more statements for the whole page (EclipseLink's IN batch
 * fetching) rather than two per entry, and loaded before it leaves the transaction.
 */
@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    private static final String BATCH = "eclipselink.batch";
    private static final String BATCH_TYPE = "eclipselink.batch.type";

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public void append(AuditEntry entry) {
        em.persist(entry);
    }

    @Override
    public List<AuditEntry> ofSubject(String subjectType, long subjectId, Set<Long> unitIds, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return page(em.createNamedQuery("AuditEntry.ofSubject", AuditEntry.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .setParameter("unitIds", unitIds), first, max);
    }

    @Override
    public long countOfSubject(String subjectType, long subjectId, Set<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery("AuditEntry.countOfSubject", Long.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .setParameter("unitIds", unitIds)
                .getSingleResult();
    }

    @Override
    public Set<Long> unitsOfSubject(String subjectType, long subjectId) {
        return new HashSet<>(em.createNamedQuery("AuditEntry.unitsOfSubject", Long.class)
                .setParameter("subjectType", subjectType)
                .setParameter("subjectId", subjectId)
                .getResultList());
    }

    @Override
    public List<AuditEntry> ofActor(String actor, Instant from, Instant until, int first, int max) {
        return page(em.createNamedQuery("AuditEntry.ofActor", AuditEntry.class)
                .setParameter("actor", actor)
                .setParameter("from", from)
                .setParameter("until", until), first, max);
    }

    @Override
    public long countOfActor(String actor, Instant from, Instant until) {
        return em.createNamedQuery("AuditEntry.countOfActor", Long.class)
                .setParameter("actor", actor)
                .setParameter("from", from)
                .setParameter("until", until)
                .getSingleResult();
    }

    private static List<AuditEntry> page(TypedQuery<AuditEntry> query, int first, int max) {
        List<AuditEntry> entries = query
                .setHint(BATCH, "e.arguments")
                .setHint(BATCH, "e.changes")
                .setHint(BATCH_TYPE, "IN")
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
        entries.forEach(e -> e.getChanges().size());
        entries.forEach(e -> e.getArguments().size());
        return entries;
    }
}
