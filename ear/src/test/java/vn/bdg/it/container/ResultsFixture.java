package vn.bdg.it.container;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.report.CellKey;

/**
 * A published consolidation run written straight into the consolidation tables, from the accepted
 * reports the test made through the services: the reports frozen with their district and type, their
 * values, the sums per scope (yes/no answers as units answering yes out of units answering), the gender
 * gaps of the whole round and one national target, and a timeliness the test chooses. What the results
 * pages read, without the consolidation job.
 */
final class ResultsFixture {

    /** A counted report and where it is counted. */
    record Counted(long reportId, long unitId, Long districtId, UnitType type) {
    }

    /** One scope's timeliness line. */
    record Timeliness(String kind, String key, int expected, int onTime, int late, int missing, int pending,
                      int counted) {
    }

    private static final String SUMS = """
            INSERT INTO consolidated_value (run_id, scope_kind, scope_key, cell, indicator, amount, units)
            SELECT v.run_id, '%s', %s, v.cell, v.indicator, SUM(v.amount),
                   CASE WHEN MAX(i.kind) = 'YES_NO' THEN COUNT(*) END
              FROM consolidation_input_value v
              JOIN consolidation_input ci ON ci.run_id = v.run_id AND ci.report_id = v.report_id
              JOIN indicator i ON i.programme_id = ? AND i.code = v.indicator
             WHERE v.run_id = ? AND ci.counts_figures
             GROUP BY v.run_id, v.cell, v.indicator%s""";

    private ResultsFixture() {
    }

    /** Writes a run of the round and publishes the round at it; returns the run's id. */
    static long publish(long programmeId, long roundId, LocalDate cutOff, String requestedBy, List<Counted> reports,
                        List<Timeliness> timeliness) throws SQLException, NamingException {
        long runId = 900_000_000L + System.nanoTime() % 90_000_000L;
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection connection = ((DataSource) new InitialContext().lookup("jdbc/bdg")).getConnection()) {
            update(connection, "INSERT INTO consolidation_run (id, programme_id, round_id, include_submitted, cut_off,"
                    + " status, requested_by, requested_at, snapshot_at, reports_counted, finished_at, published_at, version)"
                    + " VALUES (?, ?, ?, FALSE, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, 0)", runId, programmeId, roundId,
                    java.sql.Date.valueOf(cutOff), requestedBy, now, now, reports.size(), now, now);
            for (Counted report : reports) {
                update(connection, "INSERT INTO consolidation_input (run_id, report_id, org_unit_id, district_id, unit_type,"
                        + " status, counts_figures) VALUES (?, ?, ?, ?, ?, 'ACCEPTED', TRUE)", runId, report.reportId(),
                        report.unitId(), report.districtId(), report.type().name());
                freezeValues(connection, runId, report.reportId());
            }
            update(connection, SUMS.formatted("ALL", "''", ""), programmeId, runId);
            update(connection, SUMS.formatted("DISTRICT", "COALESCE(CAST(ci.district_id AS VARCHAR(40)), '0')",
                    ", ci.district_id"), programmeId, runId);
            update(connection, SUMS.formatted("TYPE", "ci.unit_type", ", ci.unit_type"), programmeId, runId);
            for (Timeliness line : timeliness) {
                update(connection, "INSERT INTO consolidated_timeliness VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", runId,
                        line.kind(), line.key(), line.expected(), line.onTime(), line.late(), line.missing(),
                        line.pending(), line.counted());
            }
            update(connection, """
                    INSERT INTO consolidated_gap (run_id, scope_kind, scope_key, indicator, total, female, female_share, gap)
                    SELECT v.run_id, v.scope_kind, v.scope_key, v.indicator, v.amount, f.amount,
                           ROUND(f.amount * 100 / v.amount, 4), f.amount - (v.amount - f.amount)
                      FROM consolidated_value v
                      JOIN consolidated_value f ON f.run_id = v.run_id AND f.scope_kind = v.scope_kind
                           AND f.scope_key = v.scope_key AND f.cell = CONCAT(v.cell, '.nu')
                     WHERE v.run_id = ? AND v.cell = v.indicator AND v.amount > 0""", runId);
            update(connection, "INSERT INTO consolidated_target VALUES (?, 'WOMEN_IN_KEY_LEADERSHIP', 2025, 60, 80, 4, 5, 20)",
                    runId);
            update(connection, "DELETE FROM consolidation_publication WHERE round_id = ?", roundId);
            update(connection, "INSERT INTO consolidation_publication (round_id, run_id, published_at) VALUES (?, ?, ?)",
                    roundId, runId, now);
        }
        return runId;
    }

    private static void freezeValues(Connection connection, long runId, long reportId) throws SQLException {
        try (PreparedStatement values = connection.prepareStatement("SELECT cell, amount FROM report_value WHERE report_id = ?")) {
            values.setLong(1, reportId);
            try (ResultSet rows = values.executeQuery()) {
                while (rows.next()) {
                    String cell = rows.getString(1);
                    BigDecimal amount = rows.getBigDecimal(2);
                    update(connection, "INSERT INTO consolidation_input_value VALUES (?, ?, ?, ?, ?)", runId, reportId, cell,
                            CellKey.parse(cell).indicatorCode(), amount);
                }
            }
        }
    }

    private static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                if (values[i] == null) {
                    statement.setNull(i + 1, Types.BIGINT);
                } else {
                    statement.setObject(i + 1, values[i]);
                }
            }
            statement.executeUpdate();
        }
    }
}
