package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.bdg.application.board.BoardFilter;
import vn.bdg.application.board.BoardQueries;
import vn.bdg.application.board.BoardQuery;
import vn.bdg.application.board.BoardRow;
import vn.bdg.application.board.GroupedCount;
import vn.bdg.application.board.ReportingLevel;
import vn.bdg.application.board.SubmissionState;
import vn.bdg.application.board.Timeliness;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.SearchKeys;

/**
 * The timeliness board in SQL, the same on H2 and PostgreSQL. One statement per question: the subtrees
 * the account may follow are walked with a recursive common table expression (as in
 * {@link JpaOrgUnitRepository}); the round's expected units are left-joined to their report, to their
 * parent link on the round's cut-off day (a Phòng parent is the district) and to their latest extension;
 * each unit's due date, state and timeliness are computed in the statement, so that filtering, counting,
 * grouping and paging all happen in the database.
 */
@ApplicationScoped
public class JpaBoardQueries implements BoardQueries {

    /**
     * The units the account may follow: the subtrees below its grants of the board's roles on ?2 (today).
     * Parameters: ?1 account, ?2 today; the role names from ?5 on.
     */
    private static final String SCOPE = """
            WITH RECURSIVE board_scope (id) AS (
                SELECT g.org_unit_id FROM role_grant g
                 WHERE g.account_id = ?1 AND g.role_name IN (%s)
                UNION ALL
                SELECT l.child_id FROM org_unit_link l JOIN board_scope s ON l.parent_id = s.id
                 WHERE l.valid_from <= ?2 AND (l.valid_to IS NULL OR l.valid_to >= ?2)
            )
            """;

    /**
     * Every expected unit of round ?4 of programme ?3 judged on ?2 (today), as the derived table
     * {@code judged}: its district (its Phòng on the round's cut-off day), level, due date, state and
     * timeliness. The due date rule is {@code Programme.regularDue} with {@code ReportingRound.dueFor}: a
     * school under a Phòng reports by the intermediate date when the programme has that level, everybody
     * else by the top date, and the latest extension granted replaces either.
     *
     * <p>Nested derived tables rather than a chain of common table expressions, and the scope joined
     * only at the top: H2 2.2 keeps a common table expression that another one refers to as a view in the
     * database file, which then no longer opens (h2database issue 3527), it finds no rows of a recursive
     * one referred to from inside a derived table, and it evaluates one in an IN subquery again for every
     * row (seconds for 800 units). Overlapping grants list a unit more than once in the scope (H2 does not
     * remove duplicates from a recursive UNION either), so the statements count and list distinct units.
     */
    private static final String JUDGED = """
            FROM (SELECT t.*,
                         COALESCE(t.status, 'NOT_STARTED') AS unit_state,
                         CASE WHEN t.status IN ('SUBMITTED', 'ACCEPTED')
                                   THEN CASE WHEN t.late THEN 'LATE' ELSE 'ON_TIME' END
                              WHEN t.status = 'MISSING' OR t.due_on < ?2 THEN 'MISSING'
                              ELSE 'PENDING' END AS timeliness
                    FROM (SELECT s.*,
                                 COALESCE(s.due_until, CASE WHEN s.reporting_level = 'UNDER_PHONG'
                                                            THEN s.due_intermediate ELSE s.due_top END) AS due_on
                            FROM (SELECT u.id AS unit_id, u.name AS unit_name, u.unit_type, u.search_key,
                                         d.id AS district_id, d.short_name AS district_name,
                                         r.status, r.late, r.submitted_at, r.missing_reason,
                                         rr.due_top, rr.due_intermediate, x.due_until,
                                         CASE WHEN p.intermediate_level AND rr.due_intermediate IS NOT NULL
                                                   AND d.id IS NOT NULL AND u.unit_type <> 'PHONG'
                                              THEN 'UNDER_PHONG' ELSE 'DIRECT' END AS reporting_level
                                    FROM programme p
                                    JOIN reporting_round rr ON rr.programme_id = p.id
                                    JOIN programme_expected_unit e ON e.programme_id = p.id
                                    JOIN org_unit u ON u.id = e.org_unit_id
                                    LEFT JOIN org_unit_link pl ON pl.child_id = u.id AND pl.valid_from <= rr.data_to
                                                              AND (pl.valid_to IS NULL OR pl.valid_to >= rr.data_to)
                                    LEFT JOIN org_unit d ON d.id = pl.parent_id AND d.unit_type = 'PHONG'
                                    LEFT JOIN unit_report r ON r.round_id = rr.id AND r.org_unit_id = u.id
                                    LEFT JOIN round_extension x ON x.round_id = rr.id AND x.org_unit_id = u.id
                                          AND NOT EXISTS (SELECT 1 FROM round_extension y
                                                           WHERE y.round_id = x.round_id
                                                             AND y.org_unit_id = x.org_unit_id
                                                             AND (y.granted_at > x.granted_at
                                                                  OR y.granted_at = x.granted_at AND y.id > x.id))
                                   WHERE p.id = ?3 AND rr.id = ?4) s) t) judged
            JOIN board_scope b ON b.id = judged.unit_id
            WHERE 1 = 1""";

    private static final String COUNTS = """
            SELECT district_id, district_name, unit_type, unit_state, timeliness, COUNT(DISTINCT unit_id)
            %s%s
             GROUP BY district_id, district_name, unit_type, unit_state, timeliness
            """;

    private static final String ROWS = """
            SELECT DISTINCT unit_id, unit_name, unit_type, district_id, district_name, reporting_level, due_on,
                   unit_state, timeliness, submitted_at, missing_reason,
                   COALESCE(district_name, '') AS district_order, %s AS type_order
            %s%s
             ORDER BY district_order, type_order, unit_name, unit_id
            """;

    private static final String COUNT = """
            SELECT COUNT(DISTINCT unit_id)
            %s%s
            """;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public List<GroupedCount> counts(BoardQuery query) {
        Statement statement = new Statement(query);
        List<GroupedCount> counts = new ArrayList<>();
        for (Object[] row : statement.run(COUNTS.formatted(JUDGED, statement.conditions()))) {
            counts.add(new GroupedCount(SqlValues.id(row[0]), (String) row[1], UnitType.valueOf((String) row[2]),
                    SubmissionState.valueOf((String) row[3]), Timeliness.valueOf((String) row[4]),
                    ((Number) row[5]).longValue()));
        }
        return counts;
    }

    @Override
    public List<BoardRow> rows(BoardQuery query, int first, int max) {
        Statement statement = new Statement(query);
        String sql = ROWS.formatted(SqlValues.unitTypeOrder("unit_type"), JUDGED, statement.conditions())
                + " OFFSET " + statement.bind(first) + " ROWS FETCH NEXT " + statement.bind(max) + " ROWS ONLY";
        return statement.run(sql).stream().map(JpaBoardQueries::row).toList();
    }

    @Override
    public List<BoardRow> allRows(BoardQuery query) {
        Statement statement = new Statement(query);
        return statement.run(ROWS.formatted(SqlValues.unitTypeOrder("unit_type"), JUDGED, statement.conditions())).stream()
                .map(JpaBoardQueries::row).toList();
    }

    @Override
    public long count(BoardQuery query) {
        Statement statement = new Statement(query);
        return ((Number) statement.single(COUNT.formatted(JUDGED, statement.conditions()))).longValue();
    }

    private static BoardRow row(Object[] row) {
        return new BoardRow(((Number) row[0]).longValue(), (String) row[1], UnitType.valueOf((String) row[2]),
                SqlValues.id(row[3]), (String) row[4], ReportingLevel.valueOf((String) row[5]), SqlValues.day(row[6]),
                SubmissionState.valueOf((String) row[7]), Timeliness.valueOf((String) row[8]), SqlValues.instant(row[9]),
                (String) row[10]);
    }

    /** One statement being built: the common part, the filter's conditions and their bound values. */
    private final class Statement {

        private final BoardQuery query;
        private final List<Object> values = new ArrayList<>();
        private final String roles;

        Statement(BoardQuery query) {
            this.query = query;
            values.add(query.accountId());
            values.add(query.today());
            values.add(query.programmeId());
            values.add(query.roundId());
            roles = query.roles().stream().sorted().map(role -> bind(role.name())).collect(Collectors.joining(", "));
        }

        /** Adds a value and returns its placeholder. */
        String bind(Object value) {
            values.add(value);
            return "?" + values.size();
        }

        String conditions() {
            BoardFilter filter = query.filter();
            StringBuilder where = new StringBuilder();
            if (query.unsentOnly()) {
                where.append(" AND unit_state NOT IN (").append(bind(SubmissionState.SUBMITTED.name()))
                        .append(", ").append(bind(SubmissionState.ACCEPTED.name())).append(')');
            }
            if (filter.level() != null) {
                where.append(" AND reporting_level = ").append(bind(filter.level().name()));
            }
            if (filter.state() != null) {
                where.append(" AND unit_state = ").append(bind(filter.state().name()));
            }
            if (filter.timeliness() != null) {
                where.append(" AND timeliness = ").append(bind(filter.timeliness().name()));
            }
            if (filter.districtId() != null) {
                where.append(filter.districtId() == BoardFilter.DIRECT_TO_SO ? " AND district_id IS NULL"
                        : " AND district_id = " + bind(filter.districtId()));
            }
            if (filter.unitType() != null) {
                where.append(" AND unit_type = ").append(bind(filter.unitType().name()));
            }
            for (String token : SearchKeys.tokens(filter.name())) {
                where.append(" AND search_key LIKE ").append(bind("%" + token.replace("%", "").replace("_", "") + "%"));
            }
            return where.toString();
        }

        @SuppressWarnings("unchecked")
        List<Object[]> run(String select) {
            return prepare(select).getResultList();
        }

        Object single(String select) {
            return prepare(select).getSingleResult();
        }

        private Query prepare(String select) {
            Query statement = em.createNativeQuery(SCOPE.formatted(roles) + select);
            for (int i = 0; i < values.size(); i++) {
                statement.setParameter(i + 1, values.get(i));
            }
            return statement;
        }
    }
}
