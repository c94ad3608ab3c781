package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.OrgUnitRepository;

/**
 * The organisation tree on JPA. The subtrees a person may see are walked in the database with one
 * recursive common table expression (the same SQL on H2 and PostgreSQL); {@link #subtreeOn} asks one
 * query per level of the tree, never one per unit.
 */
@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    private static final String GRANTED_SUBTREE = """
            WITH RECURSIVE sub (id) AS (
                SELECT g.org_unit_id FROM role_grant g
                 WHERE g.account_id = ?1 AND g.role_name LIKE ?2
                UNION ALL
                SELECT l.child_id FROM org_unit_link l JOIN sub s ON l.parent_id = s.id
                 WHERE l.valid_from <= ?3 AND (l.valid_to IS NULL OR l.valid_to >= ?3)
            )
            """;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<OrgUnit> find(long id) {
        return Optional.ofNullable(em.find(OrgUnit.class, id));
    }

    @Override
    public Optional<OrgUnit> findByCode(String code) {
        return em.createNamedQuery("OrgUnit.byCode", OrgUnit.class)
                .setParameter("code", code)
                .getResultStream().findFirst();
    }

    @Override
    public List<OrgUnit> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("OrgUnit.byIds", OrgUnit.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public void store(OrgUnit unit) {
        if (unit.getId() == null) {
            em.persist(unit);
        }
    }

    @Override
    public List<OrgUnit> childrenOn(long parentId, LocalDate day) {
        return em.createNamedQuery("OrgUnit.childrenOn", OrgUnit.class)
                .setParameter("parentId", parentId)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public Map<Long, Long> childCountsOn(Collection<Long> parentIds, LocalDate day) {
        Map<Long, Long> counts = new HashMap<>();
        if (parentIds.isEmpty()) {
            return counts;
        }
        List<Object[]> rows = em.createNamedQuery("OrgUnit.childCountsOn", Object[].class)
                .setParameter("parentIds", parentIds)
                .setParameter("day", day)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((Long) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    @Override
    public List<OrgUnit> rootsOn(LocalDate day) {
        return em.createNamedQuery("OrgUnit.rootsOn", OrgUnit.class)
                .setParameter("day", day)
                .getResultList();
    }

    @Override
    public Set<Long> subtreeOn(Collection<Long> rootIds, LocalDate day) {
        Set<Long> result = new HashSet<>(rootIds);
        Set<Long> frontier = new HashSet<>(rootIds);
        while (!frontier.isEmpty()) {
            List<Long> children = em.createNamedQuery("OrgUnit.childIdsOn", Long.class)
                    .setParameter("parentIds", frontier)
                    .setParameter("day", day)
                    .getResultList();
            frontier = new HashSet<>();
            for (Long child : children) {
                if (result.add(child)) {
                    frontier.add(child);
                }
            }
        }
        return result;
    }

    @Override
    public List<OrgUnit> searchInGrantedSubtrees(long accountId, String rolePattern, List<String> tokens,
                                                 LocalDate day, int limit) {
        StringBuilder sql = new StringBuilder(GRANTED_SUBTREE)
                .append("SELECT DISTINCT u.id, u.name FROM org_unit u JOIN sub ON sub.id = u.id WHERE 1 = 1");
        for (int i = 0; i < tokens.size(); i++) {
            sql.append(" AND u.search_key LIKE ?").append(i + 4);
        }
        sql.append(" ORDER BY u.name");
        Query query = em.createNativeQuery(sql.toString())
                .setParameter(1, accountId)
                .setParameter(2, rolePattern)
                .setParameter(3, day)
                .setMaxResults(limit);
        for (int i = 0; i < tokens.size(); i++) {
            query.setParameter(i + 4, "%" + escapeLike(tokens.get(i)) + "%");
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> ((Number) row[0]).longValue()).toList();
        return em.createNamedQuery("OrgUnit.byIds", OrgUnit.class).setParameter("ids", ids).getResultList();
    }

    @Override
    public Set<Long> grantedSubtreesOn(long accountId, String rolePattern, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery(GRANTED_SUBTREE + "SELECT DISTINCT id FROM sub")
                .setParameter(1, accountId)
                .setParameter(2, rolePattern)
                .setParameter(3, day)
                .getResultList();
        Set<Long> result = new HashSet<>();
        ids.forEach(id -> result.add(id.longValue()));
        return result;
    }

    @Override
    public Set<Long> ofTypesOn(Collection<Long> unitIds, Set<vn.bdg.domain.model.org.UnitType> types, LocalDate day) {
        if (unitIds.isEmpty() || types.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createNamedQuery("OrgUnit.idsOfTypesOn", Long.class)
                .setParameter("ids", unitIds)
                .setParameter("types", types)
                .setParameter("day", day)
                .getResultList());
    }

    @Override
    public long count() {
        return em.createNamedQuery("OrgUnit.count", Long.class).getSingleResult();
    }

    @Override
    public List<Long> idsAfter(long afterId, int limit) {
        return em.createNamedQuery("OrgUnit.idsAfter", Long.class)
                .setParameter("afterId", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    private static String escapeLike(String token) {
        return token.replace("%", "").replace("_", "");
    }
}
