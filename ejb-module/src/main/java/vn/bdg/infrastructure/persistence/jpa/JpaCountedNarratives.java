package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.bdg.application.consolidation.CountedNarratives;

/**
 * The counted reports' narratives in SQL, the same on H2 and PostgreSQL. A narrative's length is
 * measured by the database, so that choosing which to quote never loads the texts of every counted
 * report.
 */
@ApplicationScoped
public class JpaCountedNarratives implements CountedNarratives {

    private static final String SIZES = """
            SELECT i.report_id, n.task_code, u.name, LENGTH(n.html)
              FROM consolidation_input i
              JOIN report_narrative n ON n.report_id = i.report_id
              JOIN org_unit u ON u.id = i.org_unit_id
             WHERE i.run_id = ?1
            """;

    private static final String TEXTS = """
            SELECT report_id, task_code, html
              FROM report_narrative
             WHERE report_id IN (%s)
            """;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public List<NarrativeSize> sizes(long runId) {
        return SqlValues.rows(em, SIZES, runId).stream()
                .map(row -> new NarrativeSize(SqlValues.id(row[0]), (String) row[1], (String) row[2],
                        SqlValues.integer(row[3])))
                .toList();
    }

    @Override
    public List<NarrativeText> texts(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(reportIds);
        String placeholders = IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        return SqlValues.rows(em, TEXTS.formatted(placeholders), ids.toArray()).stream()
                .map(row -> new NarrativeText(SqlValues.id(row[0]), (String) row[1], (String) row[2]))
                .toList();
    }
}
