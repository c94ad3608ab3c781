package vn.bdg.it.support;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import vn.bdg.domain.model.org.UnitType;

/**
 * A round's reports written straight into the tables, for the consolidation tests: hundreds of units in
 * every state with values that differ per unit, in seconds rather than the minutes the services would
 * take (the services' own rules are proven by their tests; the job only reads these tables). Ids come
 * from the tables' sequences as EclipseLink takes them: a value drawn is the last of a block of 50 (the
 * sequence's increment), so nothing the application allocates later can collide.
 */
public final class SeededRound {

    /** The unit's district as the test judges it from the domain's tree, and its type. */
    public record Unit(long id, UnitType type, long district) {
    }

    /** One seeded report. */
    public record Seeded(Unit unit, String status, boolean late, Map<String, BigDecimal> values) {
    }

    public static final String FLAG = "BDG-06";
    /** The percentage units enter, weighed by their staff when consolidated. */
    public static final String SHARE = "BDG-27";
    public static final String SHARE_BASE = "BDG-01";

    private SeededRound() {
    }

    /**
     * Seeds a report for most of {@code units} (in their order): six of every ten accepted, one
     * submitted, one a draft, one marked missing, one never opened. A Phòng's figures are absurd
     * (99999): with the district level they are its schools' totals and must never be counted.
     */
    public static List<Seeded> seed(long programmeId, long roundId, LocalDate due, List<Unit> units)
            throws SQLException, NamingException {
        return seed(programmeId, roundId, due, units, false);
    }

    /**
     * As {@link #seed(long, long, LocalDate, List)}; {@code full} adds a value for every further count
     * indicator without categories of the default catalogue (about 60 cells a report, as a complete
     * report has), for the benchmark.
     */
    public static List<Seeded> seed(long programmeId, long roundId, LocalDate due, List<Unit> units, boolean full)
            throws SQLException, NamingException {
        List<Seeded> seeded = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String status = switch (i % 10) {
                case 6 -> "SUBMITTED";
                case 7 -> "DRAFT";
                case 8 -> "MISSING";
                case 9 -> null;
                default -> "ACCEPTED";
            };
            if (status != null) {
                Map<String, BigDecimal> values = values(i, units.get(i).type());
                if (full && units.get(i).type() != UnitType.PHONG) {
                    addCounts(values, i);
                }
                seeded.add(new Seeded(units.get(i), status, i % 4 == 0, values));
            }
        }
        try (Connection connection = dataSource().getConnection()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
            long nextId = 0;
            long blockEnd = 0;
            try (PreparedStatement report = connection.prepareStatement("INSERT INTO unit_report (id, programme_id,"
                    + " round_id, org_unit_id, status, created_at, created_by, changed_at, changed_by, submitted_at,"
                    + " submitted_by, due_on, late, version, submission_number, missing_reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, 'seed', ?, 'seed', ?, ?, ?, ?, 1, ?, ?)");
                 PreparedStatement value = connection.prepareStatement(
                         "INSERT INTO report_value (report_id, cell, amount) VALUES (?, ?, ?)")) {
                Timestamp now = Timestamp.from(Instant.now());
                // Sent on the due day, not today: today's submissions would fill the reviewers' digest of today.
                Timestamp sentOn = Timestamp.valueOf(due.atTime(10, 0));
                for (Seeded s : seeded) {
                    if (nextId == blockEnd) {
                        blockEnd = nextSequenceBlock(connection, postgresql) + 1;
                        nextId = blockEnd - 50;
                    }
                    long id = nextId++;
                    boolean sent = s.status().equals("ACCEPTED") || s.status().equals("SUBMITTED");
                    report.setLong(1, id);
                    report.setLong(2, programmeId);
                    report.setLong(3, roundId);
                    report.setLong(4, s.unit().id());
                    report.setString(5, s.status());
                    report.setTimestamp(6, now);
                    report.setTimestamp(7, now);
                    report.setTimestamp(8, sent ? sentOn : null);
                    report.setString(9, sent ? "seed" : null);
                    report.setObject(10, due);
                    report.setObject(11, sent ? s.late() : null);
                    report.setInt(12, sent ? 1 : 0);
                    report.setString(13, s.status().equals("MISSING") ? "Trường tạm dừng hoạt động" : null);
                    report.addBatch();
                    for (Map.Entry<String, BigDecimal> cell : s.values().entrySet()) {
                        value.setLong(1, id);
                        value.setString(2, cell.getKey());
                        value.setBigDecimal(3, cell.getValue());
                        value.addBatch();
                    }
                }
                report.executeBatch();
                value.executeBatch();
            }
        }
        return seeded;
    }

    private static long nextSequenceBlock(Connection connection, boolean postgresql) throws SQLException {
        String next = postgresql ? "SELECT nextval('unit_report_seq')" : "SELECT NEXT VALUE FOR unit_report_seq";
        try (PreparedStatement query = connection.prepareStatement(next); ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Values that differ from unit to unit and pass the report's own rules (Nữ ≤ Tổng and the like). */
    private static Map<String, BigDecimal> values(int i, UnitType type) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        if (type == UnitType.PHONG) {
            values.put("BDG-01", BigDecimal.valueOf(99999));
            values.put("BDG-01.nu", BigDecimal.valueOf(99999));
            values.put("BDG-03", BigDecimal.valueOf(99999));
            values.put("BDG-29", BigDecimal.ONE);
            values.put("BDG-34", BigDecimal.ZERO);
            return values;
        }
        int staff = 30 + i % 41;
        put(values, "BDG-01", staff, staff * 3 / 4);
        put(values, "BDG-01[Nhóm=GV]", staff - 5, (staff - 5) * 3 / 4);
        put(values, "BDG-02", 3 + i % 3, 1 + i % 3);
        values.put("BDG-03", BigDecimal.valueOf(i % 2));
        values.put("BDG-04", BigDecimal.valueOf(i / 2 % 2));
        put(values, "BDG-07", 20 + i % 13, 15 + i % 7);
        put(values, "BDG-12[Trình độ=Tiến sĩ]", i % 4, Math.min(i % 3, i % 4));
        put(values, "BDG-19", 100 + i, 50 + i / 2);
        values.put("BDG-29", i % 3 == 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        values.put("BDG-34", BigDecimal.ONE);
        if (i % 5 != 4) {
            values.put(SHARE, BigDecimal.valueOf(40 + i % 60).add(BigDecimal.valueOf(i % 4, 1)));
            values.put(SHARE + ".nu", BigDecimal.valueOf(Math.min(100, 45 + i % 59)));
        }
        return values;
    }

    /** Counts of the default catalogue without categories: sessions, participants, cases, visits… */
    private static final List<String> COUNTS = List.of("BDG-08", "BDG-09", "BDG-10", "BDG-13", "BDG-14", "BDG-17",
            "BDG-18", "BDG-20", "BDG-21", "BDG-22", "BDG-23", "BDG-24", "BDG-25", "BDG-26", "BDG-28", "BDG-30",
            "BDG-31", "BDG-32", "BDG-33", "BDG-35", "BDG-36", "BDG-37", "BDG-38", "BDG-39", "BDG-40", "BDG-41",
            "BDG-42", "BDG-43", "BDG-44", "BDG-48", "BDG-49", "BDG-50", "BDG-51", "BDG-52", "BDG-53", "BDG-54",
            "BDG-56", "BDG-57", "BDG-58");

    private static void addCounts(Map<String, BigDecimal> values, int i) {
        for (int k = 0; k < COUNTS.size(); k++) {
            int total = 2 + (i + k) % 17;
            put(values, COUNTS.get(k), total, total / 2);
        }
    }

    private static void put(Map<String, BigDecimal> values, String cell, int total, int female) {
        values.put(cell, BigDecimal.valueOf(total));
        values.put(cell + ".nu", BigDecimal.valueOf(female));
    }

    public static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/bdg");
    }
}
