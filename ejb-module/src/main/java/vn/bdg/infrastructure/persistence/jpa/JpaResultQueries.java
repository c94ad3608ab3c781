package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bdg.application.board.District;
import vn.bdg.application.consolidation.AreaFigures;
import vn.bdg.application.consolidation.Figures;
import vn.bdg.application.consolidation.GapLine;
import vn.bdg.application.consolidation.IndicatorInfo;
import vn.bdg.application.consolidation.IndicatorLine;
import vn.bdg.application.consolidation.JudgedUnit;
import vn.bdg.application.consolidation.PublishedRun;
import vn.bdg.application.consolidation.ResultQueries;
import vn.bdg.application.consolidation.Scope;
import vn.bdg.domain.model.consolidation.NationalTarget;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.application.consolidation.TargetLine;
import vn.bdg.application.consolidation.TimelinessLine;
import vn.bdg.application.consolidation.UnitLine;
import vn.bdg.application.consolidation.YearLine;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.IndicatorKind;
import vn.bdg.domain.model.report.CellKey;

/**
 * A round's consolidated results in SQL, the same on H2 and PostgreSQL: one statement per table of the
 * results page, over the rows of one run. A cell's female part is the row of the same scope whose cell
 * ends in ".nu", joined beside it; Nam, the shares of women and of units and the changes are computed and
 * rounded to two decimals in the statement. The indicators' names, units, tasks and order come from the
 * run's programme catalogue, joined by code. No common table expressions: H2 2.2 mishandles chains of
 * them (see {@link JpaBoardQueries}).
 */
@ApplicationScoped
public class JpaResultQueries implements ResultQueries {

    private static final String INDICATOR = "i.code, i.name_vi, i.name_en, i.unit_vi, i.unit_en, i.kind";

    /**
     * The figures of a total row {@code v} beside its female row {@code f} of indicator {@code i}; {@code %s}
     * is the number of units that gave the cell (a column, or NULL where there is none). Nam and the share
     * of women are not computed for a ratio (derived, or a percentage weighed by its base), whose female
     * part is a ratio too; the share of units only for what counts units answering yes: a yes/no
     * question, or a per-unit flag (a derived indicator summed over units, where a recomputed ratio has
     * no units).
     */
    private static final String FIGURES = """
            v.amount, f.amount,
            CASE WHEN f.amount IS NOT NULL AND i.kind <> 'DERIVED' AND i.share_of IS NULL THEN v.amount - f.amount END,
            CASE WHEN f.amount IS NOT NULL AND i.kind <> 'DERIVED' AND i.share_of IS NULL AND v.amount <> 0
                 THEN ROUND(f.amount * 100 / v.amount, 2) END,
            %1$s,
            CASE WHEN i.kind IN ('YES_NO', 'DERIVED') AND %1$s > 0 THEN ROUND(v.amount * 100 / %1$s, 2) END""";

    private static final String FEMALE_BESIDE = """
            LEFT JOIN consolidated_value f ON f.run_id = v.run_id AND f.scope_kind = v.scope_kind
                  AND f.scope_key = v.scope_key AND f.cell = CONCAT(v.cell, '.nu')
            """;

    private static final String RUN_INDICATOR = """
            JOIN consolidation_run r ON r.id = v.run_id
            JOIN indicator i ON i.programme_id = r.programme_id AND i.code = v.indicator
            """;

    private static final String DISTRICT_NAME = """
            LEFT JOIN org_unit o ON %1$s.scope_kind = 'DISTRICT' AND CAST(o.id AS VARCHAR(40)) = %1$s.scope_key
            """;

    private static final String PUBLISHED_RUN = """
            SELECT r.id, r.requested_by, r.requested_at, r.include_submitted, r.cut_off, r.snapshot_at,
                   r.reports_counted, r.finished_at, p.published_at
              FROM consolidation_publication p
              JOIN consolidation_run r ON r.id = p.run_id
             WHERE p.round_id = ?1
            """;

    /**
     * Category lines follow their dimension's position and the category's place in the dimension's list
     * "a|b|c": the cell "X[Dim=b]" is found as "|b]" in "|a]|b]|c]".
     */
    private static final String INDICATORS = """
            SELECT t.code, t.title, %s, v.cell, %s
              FROM consolidated_value v
            %s
              JOIN programme_task t ON t.id = i.task_id
              LEFT JOIN indicator_dimension d ON d.indicator_id = i.id AND v.cell LIKE CONCAT(i.code, '[', d.name, '=%%')
            %s
             WHERE v.run_id = ?1 AND v.scope_kind = ?2 AND v.scope_key = ?3 AND v.cell NOT LIKE '%%.nu'
             ORDER BY t.position, i.position, COALESCE(d.position, -1),
                      POSITION(CONCAT('|', SUBSTRING(v.cell FROM CHAR_LENGTH(i.code) + CHAR_LENGTH(d.name) + 3))
                               IN CONCAT('|', REPLACE(d.categories, '|', ']|'), ']')),
                      v.cell
            """.formatted(INDICATOR, FIGURES.formatted("v.units"), RUN_INDICATOR, FEMALE_BESIDE);

    private static final String AREAS = """
            SELECT v.scope_kind, v.scope_key, o.short_name, %s
              FROM consolidated_value v
            %s%s%s
             WHERE v.run_id = ?1 AND v.scope_kind = ?2 AND v.cell = ?3""".formatted(FIGURES.formatted("v.units"),
            RUN_INDICATOR, FEMALE_BESIDE, DISTRICT_NAME.formatted("v"));

    private static final String TIMELINESS = """
            SELECT t.scope_kind, t.scope_key, o.short_name, t.expected, t.on_time, t.late, t.missing, t.pending,
                   t.counted
              FROM consolidated_timeliness t
            %s
             WHERE t.run_id = ?1""".formatted(DISTRICT_NAME.formatted("t"));

    private static final String GAPS = """
            SELECT %s, g.total, g.female, g.total - g.female, g.female_share, g.gap, g.previous_share, g.share_change
              FROM consolidated_gap g
              JOIN consolidation_run r ON r.id = g.run_id
              JOIN indicator i ON i.programme_id = r.programme_id AND i.code = g.indicator
             WHERE g.run_id = ?1 AND g.scope_kind = ?2 AND g.scope_key = ?3
             ORDER BY i.position
            """.formatted(INDICATOR);

    private static final String YEAR_OVER_YEAR = """
            SELECT %s, v.amount, pv.amount, v.amount - pv.amount,
                   CASE WHEN i.kind <> 'DERIVED' AND i.share_of IS NULL AND pv.amount <> 0
                        THEN ROUND((v.amount - pv.amount) * 100 / pv.amount, 2) END,
                   g.female_share, g.previous_share, g.share_change
              FROM consolidated_value v
            %s
              LEFT JOIN consolidated_gap g ON g.run_id = v.run_id AND g.scope_kind = v.scope_kind
                    AND g.scope_key = v.scope_key AND g.indicator = v.indicator
              LEFT JOIN consolidated_value pv ON pv.run_id = ?4 AND pv.scope_kind = v.scope_kind
                    AND pv.scope_key = v.scope_key AND pv.cell = v.cell
             WHERE v.run_id = ?1 AND v.scope_kind = ?2 AND v.scope_key = ?3 AND v.cell = v.indicator
             ORDER BY i.position
            """.formatted(INDICATOR, RUN_INDICATOR);

    /** A target is met when the measured share reaches it: every target of domain §1.3 is a floor. */
    private static final String TARGETS = """
            SELECT target_code, target_year, target, actual, numerator, denominator, distance,
                   CASE WHEN actual IS NULL THEN NULL WHEN actual >= target THEN 1 ELSE 0 END
              FROM consolidated_target
             WHERE run_id = ?1
             ORDER BY %s, target_code, target_year
            """.formatted(targetOrder());

    /** A unit's own values sit in consolidation_input_value, without a count of units. */
    private static final String UNITS = """
            SELECT ci.report_id, ci.org_unit_id, o.name, ci.unit_type, ci.status, ci.counts_figures, %s
              FROM consolidation_input ci
              JOIN consolidation_run r ON r.id = ci.run_id
              JOIN org_unit o ON o.id = ci.org_unit_id
              LEFT JOIN indicator i ON i.programme_id = r.programme_id AND i.code = ?2
              LEFT JOIN consolidation_input_value v ON v.run_id = ci.run_id AND v.report_id = ci.report_id AND v.cell = ?3
              LEFT JOIN consolidation_input_value f ON f.run_id = ci.run_id AND f.report_id = ci.report_id AND f.cell = ?4
             WHERE ci.run_id = ?1 AND %s
             ORDER BY CASE WHEN ci.counts_figures THEN 1 ELSE 0 END, %s, o.name, ci.org_unit_id
            """;

    /** A Phòng is listed under the Sở, as the board lists it, though its figures are its own district's. */
    private static final String JUDGED_UNITS = """
            SELECT u.name, d.id, d.short_name, r.missing_reason
              FROM consolidation_unit_timeliness t
              JOIN consolidation_run c ON c.id = t.run_id
              JOIN org_unit u ON u.id = t.org_unit_id
              LEFT JOIN org_unit d ON d.id = t.district_id AND t.unit_type <> 'PHONG'
              LEFT JOIN unit_report r ON r.round_id = c.round_id AND r.org_unit_id = t.org_unit_id
             WHERE t.run_id = ?1 AND t.timeliness = ?2
             ORDER BY COALESCE(d.short_name, ''), %s, u.name, u.id
            """.formatted(SqlValues.unitTypeOrder("t.unit_type"));

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public Optional<Long> programmeOfRound(long roundId) {
        return SqlValues.rows(em, "SELECT programme_id FROM reporting_round WHERE id = ?1", roundId).stream()
                .map(row -> SqlValues.id(row[0])).findFirst();
    }

    @Override
    public Optional<Long> roundOf(long programmeId, String roundCode) {
        return SqlValues.rows(em, "SELECT id FROM reporting_round WHERE programme_id = ?1 AND code = ?2",
                        programmeId, roundCode)
                .stream().map(row -> SqlValues.id(row[0])).findFirst();
    }

    @Override
    public Optional<PublishedRun> publishedRun(long roundId) {
        return SqlValues.rows(em, PUBLISHED_RUN, roundId).stream()
                .map(row -> new PublishedRun(SqlValues.id(row[0]), (String) row[1], SqlValues.instant(row[2]),
                        (Boolean) row[3], SqlValues.day(row[4]), SqlValues.instant(row[5]), SqlValues.integer(row[6]),
                        SqlValues.instant(row[7]), SqlValues.instant(row[8])))
                .findFirst();
    }

    @Override
    public List<IndicatorLine> indicators(long runId, Scope scope) {
        return SqlValues.rows(em, INDICATORS, runId, scope.kind().name(), scope.key()).stream()
                .map(row -> new IndicatorLine((String) row[0], (String) row[1], indicator(row, 2), (String) row[8],
                        figures(row, 9)))
                .toList();
    }

    @Override
    public List<AreaFigures> areas(long runId, ScopeKind kind, String cell, Set<String> keys) {
        List<Object> values = new ArrayList<>(List.of(runId, kind.name(), cell));
        String sql = AREAS + among("v.scope_key", keys, values);
        return SqlValues.rows(em, sql, values.toArray()).stream()
                .map(row -> new AreaFigures(scope(row), (String) row[2], figures(row, 3)))
                .toList();
    }

    @Override
    public List<TimelinessLine> timeliness(long runId, Set<String> districtKeys) {
        List<Object> values = new ArrayList<>(List.of(runId));
        String sql = TIMELINESS + (districtKeys == null ? "" : " AND t.scope_kind = 'DISTRICT'")
                + among("t.scope_key", districtKeys, values);
        return SqlValues.rows(em, sql, values.toArray()).stream()
                .map(row -> new TimelinessLine(scope(row), (String) row[2], SqlValues.integer(row[3]),
                        SqlValues.integer(row[4]), SqlValues.integer(row[5]), SqlValues.integer(row[6]),
                        SqlValues.integer(row[7]), SqlValues.integer(row[8])))
                .toList();
    }

    @Override
    public List<GapLine> gaps(long runId, Scope scope) {
        return SqlValues.rows(em, GAPS, runId, scope.kind().name(), scope.key()).stream()
                .map(row -> new GapLine(indicator(row, 0), SqlValues.decimal(row[6]), SqlValues.decimal(row[7]),
                        SqlValues.decimal(row[8]), SqlValues.decimal(row[9]), SqlValues.decimal(row[10]),
                        SqlValues.decimal(row[11]), SqlValues.decimal(row[12])))
                .toList();
    }

    @Override
    public List<YearLine> yearOverYear(long runId, Scope scope, Long previousRunId) {
        long previous = previousRunId == null ? -1L : previousRunId;
        return SqlValues.rows(em, YEAR_OVER_YEAR, runId, scope.kind().name(), scope.key(), previous).stream()
                .map(row -> new YearLine(indicator(row, 0), SqlValues.decimal(row[6]), SqlValues.decimal(row[7]),
                        SqlValues.decimal(row[8]), SqlValues.decimal(row[9]), SqlValues.decimal(row[10]),
                        SqlValues.decimal(row[11]), SqlValues.decimal(row[12])))
                .toList();
    }

    @Override
    public List<TargetLine> targets(long runId) {
        return SqlValues.rows(em, TARGETS, runId).stream()
                .map(row -> new TargetLine((String) row[0], SqlValues.integer(row[1]), SqlValues.decimal(row[2]),
                        SqlValues.decimal(row[3]), SqlValues.decimal(row[4]), SqlValues.decimal(row[5]),
                        SqlValues.decimal(row[6]), row[7] == null ? null : SqlValues.integer(row[7]) == 1))
                .toList();
    }

    @Override
    public List<UnitLine> units(long runId, long districtId, String cell) {
        CellKey key = CellKey.parse(cell);
        boolean direct = Scope.district(districtId).isDirectToSo();
        String sql = UNITS.formatted(FIGURES.formatted("CAST(NULL AS INTEGER)"),
                direct ? "ci.district_id IS NULL" : "ci.district_id = ?5", SqlValues.unitTypeOrder("ci.unit_type"));
        Object[] values = {runId, key.indicatorCode(), cell, key.otherPart().toString(), districtId};
        return SqlValues.rows(em, sql, direct ? Arrays.copyOf(values, 4) : values).stream()
                .map(row -> new UnitLine(SqlValues.id(row[0]), SqlValues.id(row[1]), (String) row[2],
                        UnitType.valueOf((String) row[3]), (String) row[4], (Boolean) row[5], figures(row, 6)))
                .toList();
    }

    @Override
    public List<JudgedUnit> judgedUnits(long runId, String timeliness) {
        return SqlValues.rows(em, JUDGED_UNITS, runId, timeliness).stream()
                .map(row -> new JudgedUnit((String) row[0], District.of(SqlValues.id(row[1]), (String) row[2]),
                        (String) row[3]))
                .toList();
    }

    /** The targets in the order the domain lists them (women in key leadership first). */
    private static String targetOrder() {
        StringBuilder order = new StringBuilder("CASE target_code");
        for (NationalTarget target : NationalTarget.values()) {
            order.append(" WHEN '").append(target.name()).append("' THEN ").append(target.ordinal());
        }
        return order.append(" ELSE ").append(NationalTarget.values().length).append(" END").toString();
    }

    private static IndicatorInfo indicator(Object[] row, int from) {
        return new IndicatorInfo((String) row[from], (String) row[from + 1], (String) row[from + 2],
                (String) row[from + 3], (String) row[from + 4], IndicatorKind.valueOf((String) row[from + 5]));
    }

    private static Figures figures(Object[] row, int from) {
        return new Figures(SqlValues.decimal(row[from]), SqlValues.decimal(row[from + 1]),
                SqlValues.decimal(row[from + 2]), SqlValues.decimal(row[from + 3]), SqlValues.integer(row[from + 4]),
                SqlValues.decimal(row[from + 5]));
    }

    private static Scope scope(Object[] row) {
        return new Scope(ScopeKind.valueOf((String) row[0]), (String) row[1]);
    }

    /** " AND column IN (…)" over {@code keys} bound after {@code values}; nothing when keys is null. */
    private static String among(String column, Set<String> keys, List<Object> values) {
        if (keys == null) {
            return "";
        }
        if (keys.isEmpty()) {
            return " AND 1 = 0";
        }
        String placeholders = keys.stream().sorted().map(key -> {
            values.add(key);
            return "?" + values.size();
        }).collect(Collectors.joining(", "));
        return " AND " + column + " IN (" + placeholders + ")";
    }
}
