package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.bdg.application.consolidation.ConsolidationStore;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.NationalTarget;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.domain.model.programme.Formula;
import vn.bdg.domain.model.programme.Indicator;

/**
 * The consolidation in SQL, the same on H2 and PostgreSQL: every statement is an INSERT … SELECT (or a
 * DELETE of what it is about to insert) over a run's frozen rows. Nested derived tables rather than
 * chained common table expressions, for the H2 2.2 reasons given in {@link JpaBoardQueries}.
 */
@ApplicationScoped
public class JpaConsolidationStore implements ConsolidationStore {

    private static final String[] RESULT_TABLES = {"consolidated_target", "consolidated_gap",
        "consolidated_timeliness", "consolidation_unit_timeliness", "consolidated_value", "consolidation_input_value",
        "consolidation_input"};

    /**
     * The counted reports: accepted ones (and submitted ones when the run includes them) of the run's
     * round from expected units, with the unit's district on the cut-off day: its parent when that is a
     * Phòng, itself when it is one. A Phòng's report in a programme with the district level carries its
     * schools' totals, so only its own yes/no answers are counted (counts_figures false).
     */
    private static final String FREEZE_REPORTS = """
            INSERT INTO consolidation_input (run_id, report_id, org_unit_id, district_id, unit_type, status,
                                             counts_figures)
            SELECT c.id, r.id, u.id, CASE WHEN u.unit_type = 'PHONG' THEN u.id ELSE d.id END, u.unit_type, r.status,
                   CASE WHEN p.intermediate_level AND u.unit_type = 'PHONG' THEN FALSE ELSE TRUE END
              FROM consolidation_run c
              JOIN programme p ON p.id = c.programme_id
              JOIN unit_report r ON r.round_id = c.round_id
              JOIN programme_expected_unit e ON e.programme_id = p.id AND e.org_unit_id = r.org_unit_id
              JOIN org_unit u ON u.id = r.org_unit_id
              LEFT JOIN org_unit_link pl ON pl.child_id = u.id AND pl.valid_from <= c.cut_off
                                        AND (pl.valid_to IS NULL OR pl.valid_to >= c.cut_off)
              LEFT JOIN org_unit d ON d.id = pl.parent_id AND d.unit_type = 'PHONG'
             WHERE c.id = ?1
               AND (r.status = 'ACCEPTED' OR c.include_submitted AND r.status = 'SUBMITTED')
            """;

    /**
     * Their values, each with the indicator its cell belongs to ({@link SqlValues#indicatorCodeOf}). A
     * percentage that is a share of another indicator carries the unit's figure of that indicator as its
     * weight (0 when the unit gave none).
     */
    private static final String FREEZE_VALUES = """
            INSERT INTO consolidation_input_value (run_id, report_id, cell, indicator, amount, weight)
            SELECT x.run_id, x.report_id, x.cell, i.code, x.amount,
                   CASE WHEN i.share_of IS NOT NULL THEN COALESCE(b.amount, 0) END
              FROM (SELECT ci.run_id, ci.counts_figures, c.programme_id, v.report_id, v.cell, v.amount,
                           %s AS code
                      FROM consolidation_input ci
                      JOIN consolidation_run c ON c.id = ci.run_id
                      JOIN report_value v ON v.report_id = ci.report_id
                     WHERE ci.run_id = ?1) x
              JOIN indicator i ON i.programme_id = x.programme_id AND i.code = x.code
              LEFT JOIN report_value b ON i.share_of IS NOT NULL AND b.report_id = x.report_id AND b.cell = %s
             WHERE i.kind <> 'DERIVED' AND (x.counts_figures OR i.kind = 'YES_NO')
            """.formatted(SqlValues.indicatorCodeOf("v.cell"), SqlValues.baseCellOf("x.cell", "i"));

    private static final String FREEZE_FLAG = """
            INSERT INTO consolidation_input_value (run_id, report_id, cell, indicator, amount)
            SELECT ?1, f.report_id, ?2, ?2, f.flag
              FROM (SELECT report_id, ROUND(%s, 4) AS flag
                      FROM consolidation_input_value
                     WHERE run_id = ?1
                     GROUP BY report_id) f
             WHERE f.flag IS NOT NULL
            """;

    /**
     * Every expected unit of the run's round as it stood on ?2: its district and unit type (as for the
     * counted reports), its timeliness by the board's rule ({@link JpaBoardQueries}: due date by level,
     * the latest extension replacing it) and whether its report is counted.
     */
    private static final String FREEZE_UNIT_TIMELINESS = """
            INSERT INTO consolidation_unit_timeliness (run_id, org_unit_id, district_id, unit_type, timeliness,
                                                       counted)
            SELECT c.id, u.id, CASE WHEN u.unit_type = 'PHONG' THEN u.id ELSE d.id END, u.unit_type,
                   CASE WHEN r.status IN ('SUBMITTED', 'ACCEPTED')
                             THEN CASE WHEN r.late THEN 'LATE' ELSE 'ON_TIME' END
                        WHEN r.status = 'MISSING'
                          OR COALESCE(x.due_until,
                                      CASE WHEN p.intermediate_level AND rr.due_intermediate IS NOT NULL
                                                AND d.id IS NOT NULL AND u.unit_type <> 'PHONG'
                                           THEN rr.due_intermediate ELSE rr.due_top END) < ?2
                             THEN 'MISSING'
                        ELSE 'PENDING' END,
                   CASE WHEN ci.report_id IS NULL THEN FALSE ELSE TRUE END
              FROM consolidation_run c
              JOIN programme p ON p.id = c.programme_id
              JOIN reporting_round rr ON rr.id = c.round_id
              JOIN programme_expected_unit e ON e.programme_id = p.id
              JOIN org_unit u ON u.id = e.org_unit_id
              LEFT JOIN org_unit_link pl ON pl.child_id = u.id AND pl.valid_from <= c.cut_off
                                        AND (pl.valid_to IS NULL OR pl.valid_to >= c.cut_off)
              LEFT JOIN org_unit d ON d.id = pl.parent_id AND d.unit_type = 'PHONG'
              LEFT JOIN unit_report r ON r.round_id = rr.id AND r.org_unit_id = u.id
              LEFT JOIN round_extension x ON x.round_id = rr.id AND x.org_unit_id = u.id
                    AND NOT EXISTS (SELECT 1 FROM round_extension y
                                     WHERE y.round_id = x.round_id AND y.org_unit_id = x.org_unit_id
                                       AND (y.granted_at > x.granted_at
                                            OR y.granted_at = x.granted_at AND y.id > x.id))
              LEFT JOIN consolidation_input ci ON ci.run_id = c.id AND ci.report_id = r.id
             WHERE c.id = ?1
            """;

    /** The units as judged, counted per scope ({@code %s}: the scope key of a unit's row). */
    private static final String FREEZE_TIMELINESS = """
            INSERT INTO consolidated_timeliness (run_id, scope_kind, scope_key, expected, on_time, late, missing,
                                                 pending, counted)
            SELECT ?1, ?2, k.scope_key, COUNT(*),
                   SUM(CASE WHEN k.timeliness = 'ON_TIME' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN k.timeliness = 'LATE' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN k.timeliness = 'MISSING' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN k.timeliness = 'PENDING' THEN 1 ELSE 0 END),
                   SUM(CASE WHEN k.counted THEN 1 ELSE 0 END)
              FROM (SELECT %s AS scope_key, timeliness, counted
                      FROM consolidation_unit_timeliness
                     WHERE run_id = ?1) k
             GROUP BY k.scope_key
            """;

    private static final String DISTRICT_KEY = "CAST(COALESCE(district_id, 0) AS VARCHAR(40))";

    /**
     * A group's amount: the sum of the units' values, or for a percentage the units' values weighed by
     * their base (the staff reached over the staff, as if they had entered both); its weight is the
     * base's sum. Units that gave a percentage but no base are left out of it.
     */
    private static final String AMOUNT_UNITS_WEIGHT = """
            CASE WHEN MAX(v.weight) IS NULL THEN SUM(v.amount)
                 ELSE ROUND(CAST(SUM(v.amount * v.weight) AS DECIMAL(30, 10)) / SUM(v.weight), 4) END,
            COUNT(*), SUM(v.weight)""";

    private static final String FROM_INPUTS = """
              FROM consolidation_input ci
              JOIN consolidation_input_value v ON v.run_id = ci.run_id AND v.report_id = ci.report_id
             WHERE ci.run_id = ?1 AND (v.weight IS NULL OR v.weight > 0)""";

    private static final String SUM_DISTRICT = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units, weight)
            SELECT ?1, 'DISTRICT', ?2, v.cell, v.indicator, %s
            %s AND COALESCE(ci.district_id, 0) = ?3
             GROUP BY v.cell, v.indicator
            """.formatted(AMOUNT_UNITS_WEIGHT, FROM_INPUTS);

    /**
     * Up the tree: the Sở is the sum of its districts (recomputed rows, with no units, are not summed);
     * a percentage is weighed again over every unit, not averaged over the districts.
     */
    private static final String ROLL_UP_ALL = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units)
            SELECT ?1, 'ALL', '', cell, indicator, SUM(amount), SUM(units)
              FROM consolidated_value
             WHERE run_id = ?1 AND scope_kind = 'DISTRICT' AND units IS NOT NULL AND weight IS NULL
             GROUP BY cell, indicator
            """;

    private static final String ROLL_UP_ALL_SHARES = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units, weight)
            SELECT ?1, 'ALL', '', v.cell, v.indicator, %s
            %s AND v.weight IS NOT NULL
             GROUP BY v.cell, v.indicator
            """.formatted(AMOUNT_UNITS_WEIGHT, FROM_INPUTS);

    private static final String ROLL_UP_TYPES = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units, weight)
            SELECT ?1, 'TYPE', ci.unit_type, v.cell, v.indicator, %s
            %s
             GROUP BY ci.unit_type, v.cell, v.indicator
            """.formatted(AMOUNT_UNITS_WEIGHT, FROM_INPUTS);

    private static final String RECOMPUTE = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units)
            SELECT ?1, d.scope_kind, d.scope_key, ?2, ?2, d.amount, NULL
              FROM (SELECT scope_kind, scope_key, ROUND(%s, 4) AS amount
                      FROM consolidated_value
                     WHERE run_id = ?1 AND units IS NOT NULL
                     GROUP BY scope_kind, scope_key) d
             WHERE d.amount IS NOT NULL
            """;

    private static final String PREVIOUS_YEAR_RUN = """
            SELECT pub.run_id
              FROM consolidation_run c
              JOIN programme p ON p.id = c.programme_id
              JOIN reporting_round rr ON rr.id = c.round_id
              JOIN programme pp ON pp.issuer_unit_id = p.issuer_unit_id AND pp.programme_year = p.programme_year - 1
              JOIN reporting_round pr ON pr.programme_id = pp.id AND pr.kind = rr.kind
              JOIN consolidation_publication pub ON pub.round_id = pr.id
             WHERE c.id = ?1
             ORDER BY pub.published_at DESC, pub.run_id DESC
            """;

    /**
     * Overall cells of counts only (a percentage's women's part is a percentage of women); shares in
     * percent; the gap is Nữ − Nam = 2 × Nữ − Tổng.
     */
    private static final String GENDER_GAPS = """
            INSERT INTO consolidated_gap (run_id, scope_kind, scope_key, indicator, total, female, female_share, gap,
                                          previous_total, previous_female, previous_share, share_change)
            SELECT g.run_id, g.scope_kind, g.scope_key, g.indicator, g.total, g.female, g.female_share, g.gap,
                   g.previous_total, g.previous_female, g.previous_share,
                   CASE WHEN g.female_share IS NULL OR g.previous_share IS NULL THEN NULL
                        ELSE g.female_share - g.previous_share END
              FROM (SELECT t.run_id, t.scope_kind, t.scope_key, t.indicator, t.amount AS total, f.amount AS female,
                           CASE WHEN t.amount > 0
                                THEN ROUND(CAST(100 * f.amount AS DECIMAL(30, 10)) / t.amount, 4) END AS female_share,
                           2 * f.amount - t.amount AS gap,
                           pt.amount AS previous_total, pf.amount AS previous_female,
                           CASE WHEN pt.amount > 0
                                THEN ROUND(CAST(100 * pf.amount AS DECIMAL(30, 10)) / pt.amount, 4) END AS previous_share
                      FROM consolidated_value t
                      JOIN consolidated_value f ON f.run_id = t.run_id AND f.scope_kind = t.scope_kind
                                               AND f.scope_key = t.scope_key AND f.cell = t.indicator || '.nu'
                      LEFT JOIN consolidated_value pt ON pt.run_id = ?2 AND pt.scope_kind = t.scope_kind
                                                     AND pt.scope_key = t.scope_key AND pt.cell = t.cell
                      LEFT JOIN consolidated_value pf ON pf.run_id = ?2 AND pf.scope_kind = t.scope_kind
                                                     AND pf.scope_key = t.scope_key AND pf.cell = f.cell
                     WHERE t.run_id = ?1 AND t.cell = t.indicator AND t.weight IS NULL) g
            """;

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public void clear(long runId) {
        for (String table : RESULT_TABLES) {
            update("DELETE FROM " + table + " WHERE run_id = ?1", runId);
        }
    }

    @Override
    public int freezeReports(long runId) {
        return update(FREEZE_REPORTS, runId);
    }

    @Override
    public int freezeValues(long runId) {
        return update(FREEZE_VALUES, runId);
    }

    @Override
    public int freezeUnitFlag(long runId, Indicator flag) {
        return update(FREEZE_FLAG.formatted(sql(flag.parsedFormula())), runId, flag.getCode());
    }

    @Override
    public int freezeTimeliness(long runId, LocalDate day) {
        update(FREEZE_UNIT_TIMELINESS, runId, day);
        return update(FREEZE_TIMELINESS.formatted("''"), runId, ScopeKind.ALL.name())
                + update(FREEZE_TIMELINESS.formatted(DISTRICT_KEY), runId, ScopeKind.DISTRICT.name())
                + update(FREEZE_TIMELINESS.formatted("unit_type"), runId, ScopeKind.TYPE.name());
    }

    @Override
    public List<String> districtKeys(long runId) {
        @SuppressWarnings("unchecked")
        List<Object> keys = em.createNativeQuery("SELECT DISTINCT COALESCE(district_id, 0) AS k FROM consolidation_input"
                + " WHERE run_id = ?1 ORDER BY k").setParameter(1, runId).getResultList();
        return keys.stream().map(key -> String.valueOf(((Number) key).longValue())).toList();
    }

    @Override
    public int sumDistrict(long runId, String districtKey) {
        update("DELETE FROM consolidated_value WHERE run_id = ?1 AND scope_kind = 'DISTRICT' AND scope_key = ?2",
                runId, districtKey);
        return update(SUM_DISTRICT, runId, districtKey, Long.valueOf(districtKey));
    }

    @Override
    public int rollUp(long runId) {
        update("DELETE FROM consolidated_value WHERE run_id = ?1 AND scope_kind IN ('ALL', 'TYPE')", runId);
        return update(ROLL_UP_ALL, runId) + update(ROLL_UP_ALL_SHARES, runId) + update(ROLL_UP_TYPES, runId);
    }

    @Override
    public int recompute(long runId, Indicator derived) {
        update("DELETE FROM consolidated_value WHERE run_id = ?1 AND cell = ?2", runId, derived.getCode());
        return update(RECOMPUTE.formatted(sql(derived.parsedFormula())), runId, derived.getCode());
    }

    @Override
    public Optional<Long> previousYearRun(long runId) {
        @SuppressWarnings("unchecked")
        List<Object> runs = em.createNativeQuery(PREVIOUS_YEAR_RUN).setParameter(1, runId).setMaxResults(1)
                .getResultList();
        return runs.stream().findFirst().map(run -> ((Number) run).longValue());
    }

    @Override
    public int genderGaps(long runId, Long previousRunId) {
        update("DELETE FROM consolidated_gap WHERE run_id = ?1", runId);
        return update(GENDER_GAPS, runId, previousRunId == null ? -1L : previousRunId);
    }

    @Override
    public Optional<CellTotal> wholeRound(long runId, String cell) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT amount, units FROM consolidated_value"
                        + " WHERE run_id = ?1 AND scope_kind = 'ALL' AND scope_key = '' AND cell = ?2")
                .setParameter(1, runId).setParameter(2, cell).getResultList();
        return rows.stream().findFirst().map(row -> new CellTotal(decimal(row[0]),
                row[1] == null ? null : ((Number) row[1]).intValue()));
    }

    @Override
    public void measure(long runId, NationalTarget target, int year, TargetMeasure measure) {
        update("DELETE FROM consolidated_target WHERE run_id = ?1 AND target_code = ?2", runId, target.name());
        // A target nobody reported on has no actual value; PostgreSQL types a bound null as text and
        // refuses it for a numeric column unless the statement casts it.
        update("INSERT INTO consolidated_target (run_id, target_code, target_year, target, actual, numerator,"
                        + " denominator, distance) VALUES (?1, ?2, ?3, ?4, CAST(?5 AS DECIMAL(9, 4)),"
                        + " CAST(?6 AS DECIMAL(19, 4)), CAST(?7 AS DECIMAL(19, 4)), CAST(?8 AS DECIMAL(9, 4)))",
                runId, target.name(),
                target.milestoneFor(year), measure.target(), measure.actual(), measure.numerator(),
                measure.denominator(), measure.distance());
    }

    /**
     * Also drops the frozen reports of the round's earlier runs (tens of thousands of rows each): only a
     * round's latest run can be restarted, and readers read the published one. Their results stay.
     */
    @Override
    public void publish(ConsolidationRun run, Instant at) {
        update("DELETE FROM consolidation_publication WHERE round_id = ?1", run.getRoundId());
        update("INSERT INTO consolidation_publication (round_id, run_id, published_at) VALUES (?1, ?2, ?3)",
                run.getRoundId(), run.getId(), Timestamp.from(at));
        for (String table : List.of("consolidation_input_value", "consolidation_input")) {
            update("DELETE FROM " + table + " WHERE run_id IN (SELECT id FROM consolidation_run WHERE round_id = ?1"
                    + " AND id <> ?2 AND status <> 'RUNNING')", run.getRoundId(), run.getId());
        }
    }

    @Override
    public int valueCount(long runId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM consolidated_value WHERE run_id = ?1")
                .setParameter(1, runId).getSingleResult()).intValue();
    }

    /**
     * The batch runtime's tables live in the application's database, but on H2 the runtime creates them
     * only when it first runs a job, in a schema of its choosing; where they are not (yet) there, nothing
     * can have been running.
     */
    @Override
    public List<Long> failInterruptedExecutions(String jobName, Instant at) {
        @SuppressWarnings("unchecked")
        List<Object> schemas = em.createNativeQuery("SELECT table_schema FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'executioninstancedata'").getResultList();
        if (schemas.isEmpty()) {
            return List.of();
        }
        String schema = schemas.get(0) + ".";
        @SuppressWarnings("unchecked")
        List<Object[]> running = em.createNativeQuery("SELECT e.jobexecid, e.jobinstanceid FROM " + schema
                        + "executioninstancedata e JOIN " + schema + "jobinstancedata j ON j.jobinstanceid = e.jobinstanceid"
                        + " WHERE j.name = ?1 AND e.batchstatus IN ('STARTING', 'STARTED', 'STOPPING')")
                .setParameter(1, jobName).getResultList();
        if (running.isEmpty()) {
            return List.of();
        }
        String executions = running.stream().map(row -> String.valueOf(((Number) row[0]).longValue()))
                .collect(Collectors.joining(", "));
        Timestamp now = Timestamp.from(at);
        update("UPDATE " + schema + "stepexecutioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = ?1 WHERE jobexecid IN (" + executions + ")"
                + " AND batchstatus IN ('STARTING', 'STARTED', 'STOPPING')", now);
        update("UPDATE " + schema + "executioninstancedata SET batchstatus = 'FAILED', exitstatus = 'FAILED',"
                + " endtime = ?1, updatetime = ?1 WHERE jobexecid IN (" + executions + ")", now);
        return running.stream().map(row -> ((Number) row[1]).longValue()).distinct().toList();
    }

    /**
     * A formula in SQL over one group of (cell, amount) rows: each term is its cell's amount in the
     * group, NULL when the group has no such cell. Cell names come from parsed codes ([A-Z0-9-]).
     */
    private static String sql(Formula formula) {
        Function<Formula.Term, String> column = term -> "MAX(CASE WHEN cell = '" + term.toString().replace("'", "''")
                + "' THEN amount END)";
        return formula.toSql(column);
    }

    private int update(String sql, Object... parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return query.executeUpdate();
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
