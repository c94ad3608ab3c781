package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.bdg.domain.model.report.ReportCriteria;
import vn.bdg.domain.model.report.ReportRepository;
import vn.bdg.domain.model.report.ReportStatus;
import vn.bdg.domain.model.report.UnitReport;

/** Unit reports on JPA. */
@ApplicationScoped
public class JpaReportRepository implements ReportRepository {

    /**
     * Each cell summed over the accepted reports; a percentage that is a share of another indicator is
     * weighed by each unit's figure of it instead (the staff reached over the staff), leaving out units
     * without that figure. {@code %s} is the list of unit parameters.
     */
    private static final String ACCEPTED_TOTALS = """
            SELECT v.cell,
                   CASE WHEN MAX(i.share_of) IS NULL THEN SUM(v.amount)
                        ELSE ROUND(CAST(SUM(v.amount * b.amount) AS DECIMAL(30, 10)) / NULLIF(SUM(b.amount), 0), 4)
                   END
              FROM unit_report r
              JOIN reporting_round rr ON rr.id = r.round_id
              JOIN report_value v ON v.report_id = r.id
              LEFT JOIN indicator i ON i.programme_id = rr.programme_id AND i.code = %1$s
              LEFT JOIN report_value b ON i.share_of IS NOT NULL AND b.report_id = r.id AND b.cell = %2$s
             WHERE r.round_id = ?1 AND r.status = 'ACCEPTED' AND r.org_unit_id IN (%%s)
             GROUP BY v.cell
            """.formatted(SqlValues.indicatorCodeOf("v.cell"), SqlValues.baseCellOf("v.cell", "i"));

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<UnitReport> find(long id) {
        return Optional.ofNullable(em.find(UnitReport.class, id));
    }

    @Override
    public Optional<UnitReport> findFor(long roundId, long unitId) {
        return em.createNamedQuery("UnitReport.forRoundAndUnit", UnitReport.class)
                .setParameter("roundId", roundId)
                .setParameter("unitId", unitId)
                .getResultStream().findFirst();
    }

    @Override
    public void store(UnitReport report) {
        if (report.getId() == null) {
            em.persist(report);
        }
    }

    @Override
    public Map<String, BigDecimal> acceptedTotals(long roundId, Collection<Long> unitIds) {
        Map<String, BigDecimal> totals = new HashMap<>();
        if (unitIds.isEmpty()) {
            return totals;
        }
        List<Object> parameters = new ArrayList<>(List.of(roundId));
        String units = unitIds.stream().map(id -> {
            parameters.add(id);
            return "?" + parameters.size();
        }).collect(Collectors.joining(", "));
        SqlValues.rows(em, ACCEPTED_TOTALS.formatted(units), parameters.toArray()).stream()
                .filter(row -> row[1] != null)
                .forEach(row -> totals.put((String) row[0], SqlValues.decimal(row[1])));
        return totals;
    }

    @Override
    public Map<Long, ReportStatus> statusesOf(long roundId, Collection<Long> unitIds) {
        Map<Long, ReportStatus> statuses = new HashMap<>();
        if (unitIds.isEmpty()) {
            return statuses;
        }
        em.createNamedQuery("UnitReport.statusesOf", Object[].class)
                .setParameter("roundId", roundId)
                .setParameter("unitIds", unitIds)
                .getResultList()
                .forEach(row -> statuses.put((Long) row[0], (ReportStatus) row[1]));
        return statuses;
    }

    @Override
    public List<UnitReport> inRound(long roundId, Collection<Long> unitIds, ReportCriteria criteria, int first, int max) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        TypedQuery<UnitReport> query = em.createQuery("SELECT r FROM UnitReport r" + where(criteria)
                + " ORDER BY r.submitted.at DESC, r.unit.description.name", UnitReport.class);
        return bind(query, roundId, unitIds, criteria).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long countInRound(long roundId, Collection<Long> unitIds, ReportCriteria criteria) {
        if (unitIds.isEmpty()) {
            return 0;
        }
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(r) FROM UnitReport r" + where(criteria), Long.class);
        return bind(query, roundId, unitIds, criteria).getSingleResult();
    }

    /** Only the criteria that are given become conditions, so the database never compares with a null. */
    private static String where(ReportCriteria criteria) {
        StringBuilder where = new StringBuilder(" WHERE r.round.id = :roundId AND r.unit.id IN :unitIds");
        if (criteria.status() != null) {
            where.append(" AND r.status = :status");
        }
        if (criteria.unitType() != null) {
            where.append(" AND r.unit.type = :unitType");
        }
        if (criteria.late() != null) {
            where.append(" AND r.late = :late");
        }
        return where.toString();
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, long roundId, Collection<Long> unitIds,
                                          ReportCriteria criteria) {
        query.setParameter("roundId", roundId).setParameter("unitIds", unitIds);
        if (criteria.status() != null) {
            query.setParameter("status", criteria.status());
        }
        if (criteria.unitType() != null) {
            query.setParameter("unitType", criteria.unitType());
        }
        if (criteria.late() != null) {
            query.setParameter("late", criteria.late());
        }
        return query;
    }
}
