package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.bdg.application.consolidation.ConsolidatedResults;

/**
 * The published consolidation results in SQL, the same on H2 and PostgreSQL. A narrative's length is
 * measured by the database, so that choosing which to quote never loads the texts of every counted
 * report; only the chosen ones are read.
 */
@ApplicationScoped
public class JpaConsolidatedResults implements ConsolidatedResults {

    private static final String VALUES = """
            SELECT cell, indicator, amount, units
              FROM consolidated_value
             WHERE run_id = ?1 AND scope_kind = 'ALL'
            """;

    private static final String TIMELINESS = """
            SELECT expected, on_time, late, missing, pending, counted
              FROM consolidated_timeliness
             WHERE run_id = ?1 AND scope_kind = 'ALL'
            """;

    private static final String GAPS = """
            SELECT indicator, total, female, female_share, gap, previous_share, share_change
              FROM consolidated_gap
             WHERE run_id = ?1 AND scope_kind = 'ALL'
            """;

    private static final String TARGETS = """
            SELECT target_code, target_year, target, actual, numerator, denominator, distance
              FROM consolidated_target
             WHERE run_id = ?1
             ORDER BY target_code
            """;

    private static final String NARRATIVES = """
            SELECT i.report_id, n.task_code, u.name, LENGTH(n.html)
              FROM consolidation_input i
              JOIN report_narrative n ON n.report_id = i.report_id
              JOIN org_unit u ON u.id = i.org_unit_id
             WHERE i.run_id = ?1
            """;

    private static final String NARRATIVE_TEXTS = """
            SELECT report_id, task_code, html
              FROM report_narrative
             WHERE report_id IN (%s)
            """;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<Long> publishedRun(long roundId) {
        return rows("SELECT run_id FROM consolidation_publication WHERE round_id = ?1", roundId).stream()
                .findFirst().map(row -> ((Number) row[0]).longValue());
    }

    @Override
    public List<Value> values(long runId) {
        return rows(VALUES, runId).stream()
                .map(row -> new Value((String) row[0], (String) row[1], decimal(row[2]), integer(row[3])))
                .toList();
    }

    @Override
    public Optional<Timeliness> timeliness(long runId) {
        return rows(TIMELINESS, runId).stream().findFirst().map(row -> new Timeliness(integer(row[0]),
                integer(row[1]), integer(row[2]), integer(row[3]), integer(row[4]), integer(row[5])));
    }

    @Override
    public List<Gap> gaps(long runId) {
        return rows(GAPS, runId).stream().map(row -> new Gap((String) row[0], decimal(row[1]), decimal(row[2]),
                decimal(row[3]), decimal(row[4]), decimal(row[5]), decimal(row[6]))).toList();
    }

    @Override
    public List<Target> targets(long runId) {
        return rows(TARGETS, runId).stream().map(row -> new Target((String) row[0], integer(row[1]),
                decimal(row[2]), decimal(row[3]), decimal(row[4]), decimal(row[5]), decimal(row[6]))).toList();
    }

    @Override
    public List<NarrativeSize> narratives(long runId) {
        return rows(NARRATIVES, runId).stream().map(row -> new NarrativeSize(((Number) row[0]).longValue(),
                (String) row[1], (String) row[2], integer(row[3]))).toList();
    }

    @Override
    public List<NarrativeText> narrativeTexts(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(reportIds);
        String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        return rows(NARRATIVE_TEXTS.formatted(placeholders), ids.toArray()).stream()
                .map(row -> new NarrativeText(((Number) row[0]).longValue(), (String) row[1], (String) row[2]))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object> rows = query.getResultList();
        return rows.stream().map(row -> row instanceof Object[] columns ? columns : new Object[] {row}).toList();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }
}
