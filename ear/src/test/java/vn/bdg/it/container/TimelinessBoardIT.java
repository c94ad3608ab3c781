package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.AccountService;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.board.BoardFilter;
import vn.bdg.application.board.BoardRow;
import vn.bdg.application.board.BoardSummary;
import vn.bdg.application.board.Counts;
import vn.bdg.application.board.District;
import vn.bdg.application.board.GroupCounts;
import vn.bdg.application.board.ReportingLevel;
import vn.bdg.application.board.SubmissionState;
import vn.bdg.application.board.Timeliness;
import vn.bdg.application.board.TimelinessBoard;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.application.report.ReportService;
import vn.bdg.application.review.ReviewService;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The timeliness board on H2 and PostgreSQL. Each test builds its own programme (a future year, with the
 * Phòng as intermediate level, reported by the Phòng, THPT and primary schools: 290 units) whose round
 * fell due in 2021, and drives twelve units into every state through the real services: submitted late
 * and accepted, submitted on time under an extension, returned, a draft, marked missing, and untouched
 * with and without an extension. Every count and row the board gives is compared with what an
 * independent query of the report table and the domain's own due-date rule ({@code Programme.dueFor})
 * say; a Phòng's reviewer sees only its subtree, a unit's editor is refused, and the missing list opens
 * in POI with real date cells. The 801-unit demo round is timed.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class TimelinessBoardIT {

    private static final LocalDate DUE_INTERMEDIATE = LocalDate.of(2021, 5, 25);
    private static final LocalDate DUE_TOP = LocalDate.of(2021, 5, 31);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(TimelinessBoardIT.class);
    }

    @Inject
    TimelinessBoard board;

    @Inject
    ProgrammeService programmes;

    @Inject
    ReportService reports;

    @Inject
    ReviewService reviews;

    @Inject
    OrgService org;

    @Inject
    AccountService accounts;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** A programme published to 290 units whose round is past due, with twelve units driven into their states. */
    private final class Scenario {

        final Actor so = actor("so.ctrtt");
        final Actor lechan = actor("phong.lechan");
        final long programmeId;
        final String round;
        final LocalDate extended = LocalDate.now(BusinessClock.ZONE).plusDays(30);
        final Map<String, Long> units = new HashMap<>();

        Scenario() {
            int year = TestProgrammes.someYear();
            round = "6T-" + year;
            programmeId = TestProgrammes.draft(programmes, so, year);
            ProgrammeForm form = ProgrammeForm.of(programmes.programme(so, programmeId));
            form.setIntermediateLevel(true);
            form.setReporterTypes(List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH));
            programmes.describe(so, programmeId, form);
            programmes.loadDefaultCatalogue(so, programmeId);
            RoundForm due2021 = RoundForm.defaults(RoundKind.SIX_MONTH, 2021);
            due2021.setCode(round);
            due2021.setName("Báo cáo sơ kết 6 tháng (hạn năm 2021)");
            due2021.setDueIntermediate(DUE_INTERMEDIATE);
            due2021.setDueTop(DUE_TOP);
            programmes.addRound(so, programmeId, due2021);
            programmes.publish(so, programmeId);
            for (String code : List.of("PGD-LECHAN", "THPT-NGOQUYEN", "THPT-TRANPHU", "THPT-THAIPHIEN",
                    "THPT-LEHONGPHONG", "THPT-MARIECURIE", "THPT-ANHXTANH", "TH-LECHAN-01", "TH-LECHAN-02",
                    "TH-LECHAN-03", "TH-LECHAN-04", "TH-LECHAN-05", "TH-NGOQUYEN-01")) {
                units.put(code, org.unitByCode(so, code).getId());
            }
            Actor school = schoolAccount("THPT-TRANPHU", "THPT-THAIPHIEN", "THPT-LEHONGPHONG", "TH-LECHAN-01",
                    "TH-LECHAN-02", "TH-LECHAN-04", "TH-LECHAN-05", "TH-NGOQUYEN-01");

            long ngoQuyen = submit(actor("thpt.ngoquyen"), actor("hieutruong.ngoquyen"), "THPT-NGOQUYEN");
            reviews.accept(so, ngoQuyen);
            extend(so, "THPT-TRANPHU");
            submit(school, school, "THPT-TRANPHU");
            long thaiPhien = submit(school, school, "THPT-THAIPHIEN");
            reviews.returnToUnit(so, thaiPhien, "Thiếu số liệu giáo viên nữ", Map.of());
            reports.open(school, programmeId, round, units.get("THPT-LEHONGPHONG"));
            reviews.markMissing(so, programmeId, round, units.get("THPT-MARIECURIE"), "Trường đang sáp nhập");
            extend(so, "THPT-ANHXTANH");

            long anBien = submit(school, school, "TH-LECHAN-01");
            reviews.accept(lechan, anBien);
            extend(lechan, "TH-LECHAN-02");
            submit(school, school, "TH-LECHAN-02");
            reviews.markMissing(lechan, programmeId, round, units.get("TH-LECHAN-03"), "Trường tạm dừng hoạt động");
            reports.open(school, programmeId, round, units.get("TH-LECHAN-04"));
            extend(lechan, "TH-LECHAN-05");
            reports.open(school, programmeId, round, units.get("TH-LECHAN-05"));
            reports.open(school, programmeId, round, units.get("TH-NGOQUYEN-01"));
        }

        /** A fresh account (no e-mail) that edits and submits for the given units. */
        private Actor schoolAccount(String... codes) {
            return TestProgrammes.schoolAccount(accounts, authentication, "board",
                    Arrays.stream(codes).map(units::get).toList());
        }

        private long submit(Actor editor, Actor head, String code) {
            return TestProgrammes.submit(reports, editor, head, programmeId, round, units.get(code),
                    TestProgrammes.completeSchoolReport());
        }

        private void extend(Actor reviewer, String code) {
            programmes.extend(reviewer, programmeId, round, units.get(code), extended, "Trường là điểm thi");
        }

        long unit(String code) {
            return units.get(code);
        }
    }


    /** One expected unit as the test judges it, apart from the board. */
    private record Judged(long unitId, UnitType type, long district, SubmissionState state, Timeliness timeliness,
                          LocalDate due) {
    }

    /**
     * The expected units judged from the report table alone (one plain query) and the domain: the due date
     * by {@link Programme#dueFor}, the district by the unit's parent on the round's cut-off day.
     */
    private List<Judged> judgeIndependently(Scenario scenario) throws SQLException, NamingException {
        Programme programme = programmes.programme(scenario.so, scenario.programmeId);
        ReportingRound round = programme.round(scenario.round);
        Map<Long, String[]> reported = new HashMap<>();
        try (Connection connection = ((DataSource) new InitialContext().lookup("jdbc/bdg")).getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT org_unit_id, status, late FROM unit_report WHERE round_id = ?")) {
            query.setLong(1, round.getId());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reported.put(rows.getLong(1), new String[] {rows.getString(2), String.valueOf(rows.getBoolean(3))});
                }
            }
        }
        LocalDate today = LocalDate.now(BusinessClock.ZONE);
        List<Judged> judged = new ArrayList<>();
        for (long unitId : programme.getExpectedUnits()) {
            OrgUnit unit = org.unit(scenario.so, unitId);
            LocalDate due = programme.dueFor(round, unit);
            long district = unit.parentOn(round.getDataTo()).filter(p -> p.getType() == UnitType.PHONG)
                    .map(OrgUnit::getId).orElse(BoardFilter.DIRECT_TO_SO);
            String[] report = reported.get(unitId);
            SubmissionState state = report == null ? SubmissionState.NOT_STARTED : SubmissionState.valueOf(report[0]);
            Timeliness timeliness;
            if (state.isSent()) {
                timeliness = Boolean.parseBoolean(report[1]) ? Timeliness.LATE : Timeliness.ON_TIME;
            } else if (state == SubmissionState.MISSING || today.isAfter(due)) {
                timeliness = Timeliness.MISSING;
            } else {
                timeliness = Timeliness.PENDING;
            }
            judged.add(new Judged(unitId, unit.getType(), district, state, timeliness, due));
        }
        return judged;
    }

    private static void assertCounts(List<Judged> expected, Counts counts, String what) {
        assertEquals(expected.size(), counts.getExpected(), what + ": expected units");
        for (SubmissionState state : SubmissionState.values()) {
            assertEquals(expected.stream().filter(j -> j.state() == state).count(), counts.state(state),
                    what + ": " + state);
        }
        for (Timeliness timeliness : Timeliness.values()) {
            assertEquals(expected.stream().filter(j -> j.timeliness() == timeliness).count(),
                    counts.timeliness(timeliness), what + ": " + timeliness);
        }
    }

    private static <K> void assertGroups(List<Judged> expected, Function<Judged, K> key,
                                         List<? extends GroupCounts<?>> groups, Function<Object, K> groupKey) {
        Map<K, List<Judged>> byKey = expected.stream().collect(Collectors.groupingBy(key));
        assertEquals(byKey.keySet(), groups.stream().map(g -> groupKey.apply(g.getKey())).collect(Collectors.toSet()));
        for (GroupCounts<?> group : groups) {
            K k = groupKey.apply(group.getKey());
            assertCounts(byKey.get(k), group.getCounts(), String.valueOf(k));
        }
    }

    @Test
    void everyCountAndRowMatchesAnIndependentCountOfTheReportsAndTheDueDates() throws Exception {
        Scenario scenario = new Scenario();
        List<Judged> expected = judgeIndependently(scenario);
        Actor so = scenario.so;

        BoardSummary summary = board.summary(so, scenario.programmeId, scenario.round, null);
        Counts total = summary.getTotal();
        int units = expected.size();
        System.out.printf("*** timeliness board scenario: %d expected units (290 on a fresh demo database: 14 Phòng,"
                + " 60 THPT, 216 primary schools)%n", units);
        assertTrue(units >= 290, "other tests may add primary schools, never remove any: " + units);
        assertEquals(units - 11, total.getNotStarted(), "twelve units driven, one of them only given more time");
        assertEquals(4, total.getDraft());
        assertEquals(2, total.getSubmitted());
        assertEquals(1, total.getReturned());
        assertEquals(2, total.getAccepted());
        assertEquals(2, total.getMarkedMissing());
        assertEquals(2, total.getOnTime());
        assertEquals(2, total.getLate());
        assertEquals(units - 6, total.getMissing());
        assertEquals(2, total.getPending());
        assertCounts(expected, total, "total");
        assertGroups(expected, Judged::district, summary.getDistricts(), d -> ((District) d).id());
        assertGroups(expected, Judged::type, summary.getUnitTypes(), t -> (UnitType) t);
        assertTrue(summary.getDistricts().get(0).getKey().isDirectToSo(), "the units under the Sở come first");
        assertEquals(15, summary.getDistricts().size());

        List<Judged> underPhong = expected.stream().filter(j -> j.district() != BoardFilter.DIRECT_TO_SO).toList();
        assertEquals(74, units - underPhong.size(), "14 Phòng and 60 THPT report to the Sở directly");
        assertCounts(underPhong, board.summary(so, scenario.programmeId, scenario.round, ReportingLevel.UNDER_PHONG)
                .getTotal(), "schools under a Phòng");
        assertCounts(expected.stream().filter(j -> j.district() == BoardFilter.DIRECT_TO_SO).toList(),
                board.summary(so, scenario.programmeId, scenario.round, ReportingLevel.DIRECT).getTotal(), "direct");

        List<BoardRow> rows = board.units(so, scenario.programmeId, scenario.round, BoardFilter.all(), 0, 500);
        assertEquals(290, rows.size());
        Map<Long, Judged> byUnit = expected.stream().collect(Collectors.toMap(Judged::unitId, j -> j));
        for (BoardRow row : rows) {
            Judged judged = byUnit.get(row.getUnitId());
            assertEquals(judged.state(), row.getState(), row.getUnitName());
            assertEquals(judged.timeliness(), row.getTimeliness(), row.getUnitName());
            assertEquals(judged.due(), row.getDue(), row.getUnitName());
            assertEquals(judged.district(), row.getDistrict().id(), row.getUnitName());
            assertEquals(judged.type(), row.getUnitType(), row.getUnitName());
            assertEquals(judged.district() == BoardFilter.DIRECT_TO_SO ? ReportingLevel.DIRECT : ReportingLevel.UNDER_PHONG,
                    row.getLevel(), row.getUnitName());
        }
        assertEquals(scenario.extended, byUnit.get(scenario.unit("TH-LECHAN-05")).due(), "an extension replaces the due date");
        assertEquals(DUE_INTERMEDIATE, byUnit.get(scenario.unit("TH-LECHAN-04")).due(), "schools report to the Phòng first");
        assertEquals(DUE_TOP, byUnit.get(scenario.unit("THPT-LEHONGPHONG")).due());
        BoardRow marked = rows.stream().filter(r -> r.getUnitId() == scenario.unit("THPT-MARIECURIE")).findFirst().orElseThrow();
        assertEquals("Trường đang sáp nhập", marked.getMissingReason());
        assertNull(marked.getSubmittedAt());
        assertTrue(rows.stream().filter(r -> r.getUnitId() == scenario.unit("THPT-NGOQUYEN")).findFirst().orElseThrow()
                .getSubmittedAt() != null);

        long lechan = scenario.unit("PGD-LECHAN");
        for (SubmissionState state : SubmissionState.values()) {
            assertFiltered(scenario, expected, BoardFilter.all().withState(state), j -> j.state() == state);
        }
        for (Timeliness timeliness : Timeliness.values()) {
            assertFiltered(scenario, expected, BoardFilter.all().withTimeliness(timeliness), j -> j.timeliness() == timeliness);
        }
        for (UnitType type : List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH, UnitType.MN)) {
            assertFiltered(scenario, expected, BoardFilter.all().withUnitType(type), j -> j.type() == type);
        }
        assertFiltered(scenario, expected, BoardFilter.all().withDistrict(lechan), j -> j.district() == lechan);
        assertFiltered(scenario, expected, BoardFilter.all().withDistrict(BoardFilter.DIRECT_TO_SO),
                j -> j.district() == BoardFilter.DIRECT_TO_SO);
        assertFiltered(scenario, expected, BoardFilter.all().withLevel(ReportingLevel.UNDER_PHONG)
                        .withDistrict(lechan).withTimeliness(Timeliness.MISSING),
                j -> j.district() == lechan && j.timeliness() == Timeliness.MISSING);

        List<String> duHang = board.units(so, scenario.programmeId, scenario.round,
                BoardFilter.all().withName("du hang"), 0, 25).stream().map(BoardRow::getUnitName).toList();
        assertEquals(Set.of("Trường Tiểu học Dư Hàng", "Trường Tiểu học Dư Hàng Kênh"), Set.copyOf(duHang),
                "diacritics folded, every word somewhere in the name");
        assertEquals(1, board.count(so, scenario.programmeId, scenario.round, BoardFilter.all().withName("DƯ HÀNG KÊNH")));

        List<BoardRow> firstTwenty = board.units(so, scenario.programmeId, scenario.round, BoardFilter.all(), 0, 20);
        List<BoardRow> pageTwo = board.units(so, scenario.programmeId, scenario.round, BoardFilter.all(), 10, 10);
        assertEquals(firstTwenty.subList(10, 20).stream().map(BoardRow::getUnitId).toList(),
                pageTwo.stream().map(BoardRow::getUnitId).toList(), "pages follow one order");
        assertEquals(rows.subList(0, 20).stream().map(BoardRow::getUnitId).toList(),
                firstTwenty.stream().map(BoardRow::getUnitId).toList());
    }

    private void assertFiltered(Scenario scenario, List<Judged> expected, BoardFilter filter, Predicate<Judged> matches) {
        Set<Long> wanted = expected.stream().filter(matches).map(Judged::unitId).collect(Collectors.toSet());
        assertEquals(wanted.size(), board.count(scenario.so, scenario.programmeId, scenario.round, filter),
                filter.toString());
        Set<Long> listed = new HashSet<>();
        board.units(scenario.so, scenario.programmeId, scenario.round, filter, 0, 500)
                .forEach(row -> listed.add(row.getUnitId()));
        assertEquals(wanted, listed, filter.toString());
    }

    @Test
    void aPhongsReviewerSeesOnlyItsSubtreeAndAUnitsEditorIsRefused() throws Exception {
        Scenario scenario = new Scenario();
        long lechan = scenario.unit("PGD-LECHAN");
        List<Judged> ownSubtree = judgeIndependently(scenario).stream()
                .filter(j -> j.unitId() == lechan || j.district() == lechan).toList();

        BoardSummary summary = board.summary(scenario.lechan, scenario.programmeId, scenario.round, null);
        assertTrue(ownSubtree.size() >= 13, "the Phòng and its 12 primary schools (more if a test added one)");
        assertCounts(ownSubtree, summary.getTotal(), "Lê Chân");
        assertEquals(1, summary.getTotal().getLate());
        assertEquals(1, summary.getTotal().getOnTime());
        assertEquals(1, summary.getTotal().getPending());
        assertEquals(ownSubtree.size() - 3, summary.getTotal().getMissing());
        assertEquals(1, summary.getTotal().getMarkedMissing());
        assertEquals(2, summary.getTotal().getDraft());
        assertEquals(Set.of(BoardFilter.DIRECT_TO_SO, lechan),
                summary.getDistricts().stream().map(d -> d.getKey().id()).collect(Collectors.toSet()));
        Set<Long> listed = board.units(scenario.lechan, scenario.programmeId, scenario.round, BoardFilter.all(), 0, 500)
                .stream().map(BoardRow::getUnitId).collect(Collectors.toSet());
        assertEquals(ownSubtree.stream().map(Judged::unitId).collect(Collectors.toSet()), listed);
        assertEquals(0, board.count(scenario.lechan, scenario.programmeId, scenario.round,
                BoardFilter.all().withName("ngo quyen")), "no other district's unit, by any filter");

        for (String refused : List.of("thpt.ngoquyen", "hieutruong.ngoquyen", "admin")) {
            Actor person = actor(refused);
            assertThrows(AccessDeniedException.class,
                    () -> board.summary(person, scenario.programmeId, scenario.round, null), refused);
            assertThrows(AccessDeniedException.class,
                    () -> board.units(person, scenario.programmeId, scenario.round, BoardFilter.all(), 0, 25), refused);
            assertThrows(AccessDeniedException.class,
                    () -> board.count(person, scenario.programmeId, scenario.round, BoardFilter.all()), refused);
            assertThrows(AccessDeniedException.class,
                    () -> board.missingWorkbook(person, scenario.programmeId, scenario.round, BoardFilter.all()), refused);
        }
    }

    @Test
    void theMissingListHoldsTheUnitsNotSentWithRealDateCells() throws Exception {
        Scenario scenario = new Scenario();
        long lechan = scenario.unit("PGD-LECHAN");
        long lechanSchools = judgeIndependently(scenario).stream().filter(j -> j.district() == lechan).count();
        Download file = board.missingWorkbook(scenario.so, scenario.programmeId, scenario.round,
                BoardFilter.all().withDistrict(lechan));
        assertTrue(file.fileName().endsWith(".xlsx"), file.fileName());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file.mediaType());

        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(2);
            assertEquals(List.of("Đơn vị", "Loại", "Quận/huyện", "Hạn gửi", "Trạng thái", "Lý do"),
                    List.of(text(header, 0), text(header, 1), text(header, 2), text(header, 3), text(header, 4),
                            text(header, 5)));
            Map<String, Row> byUnit = new HashMap<>();
            for (int r = 3; r <= sheet.getLastRowNum(); r++) {
                byUnit.put(text(sheet.getRow(r), 0), sheet.getRow(r));
            }
            assertEquals(lechanSchools - 2, byUnit.size(), "Lê Chân's primary schools but the two that sent: "
                    + byUnit.keySet());
            assertTrue(!byUnit.containsKey("Trường Tiểu học An Biên") && !byUnit.containsKey("Trường Tiểu học Cát Dài"));

            Row marked = byUnit.get("Trường Tiểu học Dư Hàng");
            assertEquals("Trường Tiểu học", text(marked, 1));
            assertEquals("Phòng GD&ĐT Lê Chân", text(marked, 2));
            Cell due = marked.getCell(3);
            assertEquals(CellType.NUMERIC, due.getCellType(), "a real date cell");
            assertTrue(DateUtil.isCellDateFormatted(due));
            assertEquals("dd/MM/yyyy", due.getCellStyle().getDataFormatString());
            assertEquals(DUE_INTERMEDIATE, due.getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Không nộp", text(marked, 4));
            assertEquals("Trường tạm dừng hoạt động", text(marked, 5));

            assertEquals("Đang soạn, quá hạn", text(byUnit.get("Trường Tiểu học Dư Hàng Kênh"), 4));
            Row pending = byUnit.get("Trường Tiểu học Đông Hải");
            assertEquals("Đang soạn", text(pending, 4), "a draft not yet due");
            assertEquals(scenario.extended, pending.getCell(3).getLocalDateTimeCellValue().toLocalDate());
            assertEquals("Chưa bắt đầu, quá hạn", text(byUnit.get("Trường Tiểu học Hồ Nam"), 4));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    /** The demo round of 801 units, so.ctrtt's whole board: one query per call, timed. */
    @Test
    void theDemoRoundOf801UnitsIsCountedQuickly() {
        Actor so = actor("so.ctrtt");
        long demo = programmes.programmes(so).stream()
                .filter(p -> p.getYear() == 2020 && "571".equals(p.getLetter().getNumber()))
                .findFirst().orElseThrow().getId();
        BoardSummary summary = board.summary(so, demo, "6T-2020", null);
        assertEquals(801, summary.getTotal().getExpected());
        assertEquals(801, summary.getTotal().byState().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(801, summary.getTotal().byTimeliness().values().stream().mapToLong(Long::longValue).sum());
        assertEquals(15, summary.getDistricts().size());

        long summaryMs = median(() -> board.summary(so, demo, "6T-2020", null));
        long pageMs = median(() -> board.units(so, demo, "6T-2020", BoardFilter.all(), 775, 25));
        long countMs = median(() -> board.count(so, demo, "6T-2020", BoardFilter.all().withName("tieu hoc")));
        long workbookMs = median(() -> board.missingWorkbook(so, demo, "6T-2020", BoardFilter.all()));
        System.out.printf("*** timeliness board, 801-unit demo round on %s: summary %d ms, last page %d ms, "
                        + "filtered count %d ms, missing list XLSX %d ms (median of 7)%n",
                databaseName(), summaryMs, pageMs, countMs, workbookMs);
    }

    private static String databaseName() {
        try (Connection connection = ((DataSource) new InitialContext().lookup("jdbc/bdg")).getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException | NamingException e) {
            return "the server's database";
        }
    }

    private static long median(Runnable call) {
        call.run();
        long[] ms = new long[7];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        java.util.Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
