package vn.bdg.it.container;

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
 * from the tables' sequences, a block of 50 per call as EclipseLink allocates them (the 50 ids up to
 * the value drawn), so nothing the application allocates later can collide.
 */
final class ConsolidationData {

    /** The unit's district as the test judges it from the domain's tree, and its type. */
    record Unit(long id, UnitType type, long district) {
    }

    /** One seeded report. */
    record Seeded(Unit unit, String status, boolean late, Map<String, BigDecimal> values) {
    }

    static final String FLAG = "BDG-06";

    private ConsolidationData() {
    }

    /**
     * Seeds a report for most of {@code units} (in their order): six of every ten accepted, one
     * submitted, one a draft, one marked missing, one never opened. A Phòng's figures are absurd
     * (99999): with the district level they are its schools' totals and must never be counted.
     */
    static List<Seeded> seed(long programmeId, long roundId, LocalDate due, List<Unit> units)
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
                seeded.add(new Seeded(units.get(i), status, i % 4 == 0, values(i, units.get(i).type())));
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
                    report.setTimestamp(8, sent ? now : null);
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
        return values;
    }

    private static void put(Map<String, BigDecimal> values, String cell, int total, int female) {
        values.put(cell, BigDecimal.valueOf(total));
        values.put(cell + ".nu", BigDecimal.valueOf(female));
    }

    static DataSource dataSource() throws NamingException {
        return (DataSource) new InitialContext().lookup("jdbc/bdg");
    }
}
