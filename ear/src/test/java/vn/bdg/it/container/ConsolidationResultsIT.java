package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
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
import vn.bdg.application.OrgService;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.consolidation.AreaFigures;
import vn.bdg.application.consolidation.ConsolidationResults;
import vn.bdg.application.consolidation.Figures;
import vn.bdg.application.consolidation.IndicatorLine;
import vn.bdg.application.consolidation.Overview;
import vn.bdg.application.consolidation.Scope;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.application.consolidation.TimelinessLine;
import vn.bdg.application.consolidation.UnitLine;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.application.report.ReportService;
import vn.bdg.application.review.ReviewService;
import vn.bdg.batch.consolidation.ConsolidationJob;
import vn.bdg.batch.consolidation.RunProgress;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The consolidated results of a round on H2 and PostgreSQL, as their readers get them. Each test builds
 * its own programme (a future year, so that the server's own timer leaves its round alone; the Phòng as
 * intermediate level) and sends five school reports through the real services, each accepted by its
 * reviewing level: two THPT schools under the Sở, two primary schools of Lê Chân, one of Ngô Quyền. Every
 * school reports the same complete figures (with the teachers split by level) but Cát Dài, which held no
 * Action Month launch. The round is consolidated by the real {@code consolidate-round} job; one test
 * first consolidates the same round kind of the year before with one report, for the year-over-year
 * figures. The tests check the totals, Nam, the shares of women and of units, the order of the lines,
 * the drill-down from the Sở to a district and its reports, who is refused what, and the XLSX and PDF.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ConsolidationResultsIT {

    private static final String BDG_01 = "BDG-01";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConsolidationResultsIT.class);
    }

    @Inject
    ConsolidationResults results;

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

    @Inject
    AuditTrail audit;

    @Inject
    ConsolidationJob job;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** A programme of {@code year} whose round is published at a run of five accepted school reports. */
    private final class Scenario {

        final Actor so = actor("so.ctrtt");
        final Actor lechan = actor("phong.lechan");
        final Actor ngoQuyen;
        final long programmeId;
        final String round;
        final long roundId;
        final Map<String, Long> units = new LinkedHashMap<>();

        Scenario(int year) throws InterruptedException {
            round = "6T-" + year;
            programmeId = TestProgrammes.draft(programmes, so, year);
            ProgrammeForm form = ProgrammeForm.of(programmes.programme(so, programmeId));
            form.setIntermediateLevel(true);
            form.setReporterTypes(List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH));
            programmes.describe(so, programmeId, form);
            programmes.loadDefaultCatalogue(so, programmeId);
            RoundForm sixMonth = TestProgrammes.sixMonth(year);
            sixMonth.setName("Báo cáo sơ kết 6 tháng (kết quả tổng hợp)");
            sixMonth.setDueIntermediate(LocalDate.of(year, 5, 25));
            programmes.addRound(so, programmeId, sixMonth);
            programmes.publish(so, programmeId);
            roundId = programmes.programme(so, programmeId).round(round).getId();
            for (String code : List.of("PGD-LECHAN", "PGD-NGOQUYEN", "THPT-NGOQUYEN", "THPT-TRANPHU", "TH-LECHAN-01",
                    "TH-LECHAN-02", "TH-NGOQUYEN-01")) {
                units.put(code, org.unitByCode(so, code).getId());
            }
            ngoQuyen = reviewerOf("PGD-NGOQUYEN");
            Actor school = TestProgrammes.schoolAccount(accounts, authentication, "results",
                    List.of(unit("THPT-NGOQUYEN"), unit("THPT-TRANPHU"), unit("TH-LECHAN-01"), unit("TH-LECHAN-02"),
                            unit("TH-NGOQUYEN-01")));
            accept(school, so, "THPT-NGOQUYEN");
            accept(school, so, "THPT-TRANPHU");
            accept(school, lechan, "TH-LECHAN-01");
            accept(school, lechan, "TH-LECHAN-02");
            accept(school, ngoQuyen, "TH-NGOQUYEN-01");
            consolidate(so, roundId);
        }

        long unit(String code) {
            return units.get(code);
        }

        /** A fresh account reviewing for one Phòng. */
        private Actor reviewerOf(String phong) {
            Actor admin = actor("admin");
            String username = "reviewer" + Long.toString(System.nanoTime(), 36);
            long accountId = accounts.create(admin, username, "Chuyên viên thử", null, "Start2020x".toCharArray()).getId();
            accounts.grant(admin, accountId, Role.REVIEWER, unit(phong));
            return actor(username);
        }

        private void accept(Actor school, Actor reviewer, String code) {
            reviews.accept(reviewer, TestProgrammes.submit(reports, school, school, programmeId, round, unit(code),
                    figures(code)));
        }
    }

    /**
     * The same round kind of {@code year} for the same issuer, consolidated with one THPT report of 1.000
     * staff, 700 of them women.
     */
    private void previousYear(int year) throws InterruptedException {
        Actor so = actor("so.ctrtt");
        long programmeId = TestProgrammes.draft(programmes, so, year);
        programmes.loadDefaultCatalogue(so, programmeId);
        programmes.addRound(so, programmeId, TestProgrammes.sixMonth(year));
        programmes.publish(so, programmeId);
        long unitId = org.unitByCode(so, "THPT-NGOQUYEN").getId();
        Map<String, String> typed = new HashMap<>(TestProgrammes.completeSchoolReport());
        typed.put(BDG_01, "1.000");
        typed.put("BDG-01.nu", "700");
        reviews.accept(so, TestProgrammes.submit(reports, actor("thpt.ngoquyen"), actor("hieutruong.ngoquyen"),
                programmeId, "6T-" + year, unitId, typed));
        consolidate(so, programmes.programme(so, programmeId).round("6T-" + year).getId());
    }

    /** Runs the consolidation job on the round and waits until its run is published. */
    private void consolidate(Actor so, long roundId) throws InterruptedException {
        long runId = job.start(so, roundId, false);
        long deadline = System.currentTimeMillis() + 180_000;
        RunProgress progress = job.progress(so, runId);
        while (!progress.isFinished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            progress = job.progress(so, runId);
        }
        assertEquals(RunStatus.PUBLISHED, progress.getStatus(), "run " + runId + ": " + progress.getLastError());
    }

    /** The complete school report with the teachers split by level; Cát Dài held no Action Month launch. */
    private static Map<String, String> figures(String code) {
        Map<String, String> typed = new HashMap<>(TestProgrammes.completeSchoolReport());
        typed.put("BDG-07[Cấp học=Tiểu học]", "900");
        typed.put("BDG-07[Cấp học=Tiểu học].nu", "700");
        typed.put("BDG-07[Cấp học=THPT]", "24");
        typed.put("BDG-07[Cấp học=THPT].nu", "20");
        if (code.equals("TH-LECHAN-02")) {
            typed.put("BDG-29", "0");
        }
        return typed;
    }

    @Test
    void theWholeRoundShowsSumsNamAndSharesOfWomenAndOfUnitsInTheCataloguesOrderAgainstTheYearBefore()
            throws Exception {
        int year = TestProgrammes.someYear();
        previousYear(year - 1);
        Scenario scenario = new Scenario(year);
        Overview overview = results.overview(scenario.so, scenario.roundId);
        assertTrue(overview.isPublished());
        assertTrue(overview.wholeRound());
        assertEquals(5, overview.run().reportsCounted());
        assertEquals("so.ctrtt", overview.run().requestedBy());
        assertFalse(overview.run().includeSubmitted());
        assertEquals(overview, results.overview(scenario.so, scenario.programmeId, scenario.round),
                "the round named by its programme and code");

        List<IndicatorLine> lines = results.indicators(scenario.so, scenario.roundId, Scope.whole());
        assertFigures(line(lines, BDG_01).figures(), "5145", "4115", "1030", "79.98");
        assertFigures(line(lines, "BDG-07").figures(), "4620", "3600", "1020", "77.92");
        assertFigures(line(lines, "BDG-07[Cấp học=Tiểu học]").figures(), "4500", "3500", "1000", "77.78");
        assertFigures(line(lines, "BDG-07[Cấp học=THPT]").figures(), "120", "100", "20", "83.33");
        Figures launch = line(lines, "BDG-29").figures();
        assertAmount("4", launch.total());
        assertEquals(5, launch.units());
        assertAmount("80.00", launch.unitShare());
        assertNull(launch.female(), "a yes/no answer has no female part");
        Figures leadership = line(lines, "BDG-06").figures();
        assertAmount("5", leadership.total());
        assertAmount("100.00", leadership.unitShare(), "a per-unit flag: units flagged out of units");
        Figures managers = line(lines, "BDG-05").figures();
        assertEquals(new BigDecimal("66.67"), managers.total().setScale(2, RoundingMode.HALF_UP),
                "a ratio recomputed from the sums: 100 × (5 + 5) / 15");
        assertNull(managers.unitShare());
        Figures sessions = line(lines, "BDG-18").figures();
        assertAmount("30", sessions.total());
        assertEquals(5, sessions.units(), "the units that gave the figure");
        assertNull(sessions.unitShare(), "a flow is a sum, not a share of units");
        assertNull(sessions.femaleShare());

        List<String> cells = lines.stream().map(IndicatorLine::cell).toList();
        assertTrue(cells.indexOf("BDG-07") < cells.indexOf("BDG-07[Cấp học=Tiểu học]"), "the overall line first");
        assertTrue(cells.indexOf("BDG-07[Cấp học=Tiểu học]") < cells.indexOf("BDG-07[Cấp học=THPT]"),
                "categories in the dimension's order, not alphabetically: " + cells);
        assertTrue(cells.indexOf("BDG-29") < cells.indexOf(BDG_01), "task I.2 comes before task II.1: " + cells);
        assertTrue(cells.indexOf(BDG_01) < cells.indexOf("BDG-07"), "indicators in the catalogue's order");
        assertTrue(cells.stream().noneMatch(cell -> cell.endsWith(".nu")), "female parts sit beside their totals");
        assertEquals("II.1", line(lines, BDG_01).taskCode());

        var gap = results.genderGaps(scenario.so, scenario.roundId, Scope.whole()).stream()
                .filter(g -> g.indicator().code().equals(BDG_01)).findFirst().orElseThrow();
        assertAmount("1030", gap.male());
        assertAmount("3085", gap.gap());
        assertEquals(new BigDecimal("79.98"), gap.femaleShare().setScale(2, RoundingMode.HALF_UP));
        assertAmount("70", gap.previousShare());
        assertEquals(new BigDecimal("9.98"), gap.shareChange().setScale(2, RoundingMode.HALF_UP));

        var staff = results.yearOverYear(scenario.so, scenario.roundId, Scope.whole()).stream()
                .filter(y -> y.indicator().code().equals(BDG_01)).findFirst().orElseThrow();
        assertAmount("5145", staff.total());
        assertAmount("1000", staff.previousTotal());
        assertAmount("4145", staff.change());
        assertAmount("414.50", staff.changePercent());
        assertAmount("70", staff.previousShare());
        var sessionsYear = results.yearOverYear(scenario.so, scenario.roundId, Scope.whole()).stream()
                .filter(y -> y.indicator().code().equals("BDG-18")).findFirst().orElseThrow();
        assertAmount("6", sessionsYear.previousTotal(), "a plain total against the previous year's run too");
        assertAmount("400.00", sessionsYear.changePercent());
        assertNull(results.yearOverYear(scenario.so, scenario.roundId, Scope.district(scenario.unit("PGD-LECHAN")))
                .get(0).previousTotal(), "Lê Chân reported nothing the year before");

        var targets = results.targets(scenario.so, scenario.roundId);
        assertEquals("WOMEN_IN_KEY_LEADERSHIP", targets.get(0).code(), "in the domain's order");
        assertEquals(Boolean.TRUE, targets.get(0).met());
        assertAmount("100", targets.get(0).actual());
        assertEquals(2030, targets.get(0).year());
        assertNull(targets.get(1).met(), "no doctorate was reported, nothing to judge");

        List<TimelinessLine> timeliness = results.timeliness(scenario.so, scenario.roundId);
        TimelinessLine whole = timeliness.get(0);
        assertEquals(Scope.whole(), whole.scope());
        assertEquals(5, whole.counted());
        assertEquals(5, whole.onTime(), "sent before the due date of a future year");
        assertEquals(whole.expected(), whole.onTime() + whole.late() + whole.missing() + whole.pending());
        assertEquals(Scope.district(0), timeliness.get(1).scope(), "the units under the Sở before the Phòng");
        List<String> phong = timeliness.stream().filter(t -> t.scope().isDistrict() && !t.scope().isDirectToSo())
                .map(TimelinessLine::name).toList();
        assertTrue(phong.contains("Phòng GD&ĐT Lê Chân") && phong.indexOf("Phòng GD&ĐT Lê Chân")
                < phong.indexOf("Phòng GD&ĐT Ngô Quyền"), "the Phòng in Vietnamese order: " + phong);
        List<UnitType> types = timeliness.stream().filter(t -> t.scope().kind() == ScopeKind.TYPE)
                .map(t -> t.scope().unitType()).toList();
        assertEquals(List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH), types, "the types in the tree's order");
        assertEquals(timeliness.size() - 1 - types.size(), timeliness.stream().filter(t -> t.scope().isDistrict()).count(),
                "the whole round, then the districts, then the types");
    }

    @Test
    void theSoDrillsDownToADistrictAndToTheReportsCountedInIt() throws Exception {
        Scenario scenario = new Scenario(TestProgrammes.someYear());
        long lechan = scenario.unit("PGD-LECHAN");
        List<AreaFigures> districts = results.byDistrict(scenario.so, scenario.roundId, BDG_01);
        assertEquals(List.of("0", String.valueOf(lechan), String.valueOf(scenario.unit("PGD-NGOQUYEN"))),
                districts.stream().map(d -> d.scope().key()).toList(), "the units under the Sở first");
        assertFigures(districts.get(0).figures(), "2058", "1646", "412", "79.98");
        assertFigures(districts.get(1).figures(), "2058", "1646", "412", "79.98");
        assertFigures(districts.get(2).figures(), "1029", "823", "206", "79.98");
        assertEquals("Phòng GD&ĐT Ngô Quyền", districts.get(2).name());

        List<AreaFigures> types = results.byUnitType(scenario.so, scenario.roundId, BDG_01);
        assertEquals(List.of(Scope.type(UnitType.THPT), Scope.type(UnitType.TH)), types.stream().map(AreaFigures::scope).toList());
        assertAmount("3087", types.get(1).figures().total());

        List<IndicatorLine> lechanLines = results.indicators(scenario.so, scenario.roundId, Scope.district(lechan));
        Figures launch = line(lechanLines, "BDG-29").figures();
        assertAmount("1", launch.total());
        assertEquals(2, launch.units());
        assertAmount("50.00", launch.unitShare());
        assertAmount("2058", line(lechanLines, BDG_01).figures().total());

        List<UnitLine> schools = results.districtUnits(scenario.so, scenario.roundId, lechan, BDG_01);
        assertEquals(List.of("Trường Tiểu học An Biên", "Trường Tiểu học Cát Dài"),
                schools.stream().map(UnitLine::unitName).toList());
        assertEquals(scenario.unit("TH-LECHAN-01"), schools.get(0).unitId(), "the link to the unit's report");
        assertEquals("ACCEPTED", schools.get(0).status());
        assertTrue(schools.get(0).countsFigures());
        assertFigures(schools.get(1).figures(), "1029", "823", "206", "79.98");
        assertAmount("0", results.districtUnits(scenario.so, scenario.roundId, lechan, "BDG-29").get(1).figures().total(),
                "Cát Dài answered no");
        assertEquals(List.of("Trường THPT chuyên Trần Phú", "Trường THPT Ngô Quyền").stream().sorted().toList(),
                results.districtUnits(scenario.so, scenario.roundId, 0, BDG_01).stream().map(UnitLine::unitName)
                        .sorted().toList(), "the units directly under the Sở");

        assertAmount("3087", line(results.indicators(scenario.so, scenario.roundId, Scope.type(UnitType.TH)), BDG_01)
                .figures().total());
    }

    @Test
    void aPhongSeesOnlyItsDistrictAndSchoolsAndOtherAccountsAreRefused() throws Exception {
        Scenario scenario = new Scenario(TestProgrammes.someYear());
        long lechan = scenario.unit("PGD-LECHAN");
        long ngoQuyen = scenario.unit("PGD-NGOQUYEN");
        Overview own = results.overview(scenario.lechan, scenario.roundId);
        assertFalse(own.wholeRound());
        assertEquals(List.of(lechan), own.districts());
        assertEquals(Scope.district(lechan), own.firstScope());
        assertNull(own.run().reportsCounted(), "the whole round's count is not the district's to see");
        assertEquals(scenario.roundId, own.roundId());
        assertAmount("2058", line(results.indicators(scenario.lechan, scenario.roundId, Scope.district(lechan)), BDG_01)
                .figures().total());
        assertEquals(List.of(String.valueOf(lechan)), results.byDistrict(scenario.lechan, scenario.roundId, BDG_01)
                .stream().map(d -> d.scope().key()).toList(), "no other district is listed");
        assertEquals(List.of(Scope.district(lechan)), results.timeliness(scenario.lechan, scenario.roundId).stream()
                .map(TimelinessLine::scope).toList(), "neither the whole round nor the types");
        assertEquals(2, results.districtUnits(scenario.lechan, scenario.roundId, lechan, BDG_01).size());
        assertTrue(results.workbook(scenario.lechan, scenario.roundId, Scope.district(lechan)).content().length > 0);

        Actor phong = scenario.lechan;
        long round = scenario.roundId;
        for (Executable refused : List.<Executable>of(
                () -> results.indicators(phong, round, Scope.whole()),
                () -> results.indicators(phong, round, Scope.district(ngoQuyen)),
                () -> results.indicators(phong, round, Scope.district(0)),
                () -> results.indicators(phong, round, Scope.type(UnitType.TH)),
                () -> results.byUnitType(phong, round, BDG_01),
                () -> results.targets(phong, round),
                () -> results.genderGaps(phong, round, Scope.whole()),
                () -> results.yearOverYear(phong, round, Scope.district(ngoQuyen)),
                () -> results.districtUnits(phong, round, ngoQuyen, BDG_01),
                () -> results.workbook(phong, round, Scope.whole()),
                () -> results.pdf(phong, round, Scope.district(ngoQuyen)))) {
            assertThrows(AccessDeniedException.class, refused::run);
        }
        assertThrows(AccessDeniedException.class,
                () -> results.indicators(scenario.ngoQuyen, round, Scope.district(lechan)), "another district's reviewer");
        assertThrows(AccessDeniedException.class,
                () -> results.districtUnits(scenario.ngoQuyen, round, lechan, BDG_01), "another district's reviewer");
        assertEquals(1, results.districtUnits(scenario.ngoQuyen, round, ngoQuyen, BDG_01).size());

        for (String school : List.of("hieutruong.anbien", "thpt.ngoquyen", "hieutruong.ngoquyen", "admin")) {
            Actor person = actor(school);
            assertThrows(AccessDeniedException.class, () -> results.overview(person, round), school);
            assertThrows(AccessDeniedException.class,
                    () -> results.indicators(person, round, Scope.district(lechan)), school);
            assertThrows(AccessDeniedException.class, () -> results.workbook(person, round, Scope.whole()), school);
        }
    }

    @Test
    void theTablesDownloadAsWorkbookWithNumberCellsAndAsPdfAndEachDownloadIsAudited() throws Exception {
        Scenario scenario = new Scenario(TestProgrammes.someYear());
        Download workbook = results.workbook(scenario.so, scenario.roundId, Scope.whole());
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook.mediaType());
        assertEquals("tong-hop-" + scenario.round.toLowerCase() + ".xlsx", workbook.fileName());
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.content()))) {
            assertEquals(List.of("Chỉ tiêu", "Chênh lệch giới", "So với năm trước", "Nộp báo cáo", "Mục tiêu quốc gia"),
                    List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3),
                            book.getSheetName(4)));
            Sheet indicators = book.getSheetAt(0);
            String title = indicators.getRow(0).getCell(0).getStringCellValue();
            assertTrue(title.contains("Báo cáo sơ kết 6 tháng (kết quả tổng hợp)"), title);
            assertTrue(title.contains("SGDĐT-CTrTT"), "names the programme: " + title);
            assertEquals("Phạm vi: Toàn Sở", indicators.getRow(1).getCell(0).getStringCellValue());
            assertEquals(List.of("Mã", "Chỉ tiêu", "Đơn vị tính", "Tổng số", "Nữ", "Nam", "Tỷ lệ nữ (%)",
                    "Số đơn vị báo cáo", "Tỷ lệ đơn vị (%)"), texts(indicators.getRow(3), 9), "the page's columns");
            Row staff = rowOf(indicators, BDG_01);
            assertNumber(5145, staff.getCell(3));
            assertNumber(4115, staff.getCell(4));
            assertNumber(1030, staff.getCell(5));
            assertNumber(0.7998, staff.getCell(6));
            assertEquals("0.00%", staff.getCell(6).getCellStyle().getDataFormatString(), "a percentage cell");
            Row launch = rowOf(indicators, "BDG-29");
            assertNumber(4, launch.getCell(3));
            assertNumber(5, launch.getCell(7));
            assertNumber(0.8, launch.getCell(8));
            Row timeliness = book.getSheetAt(3).getRow(4);
            assertEquals("Toàn Sở", timeliness.getCell(0).getStringCellValue());
            assertNumber(results.timeliness(scenario.so, scenario.roundId).get(0).expected(), timeliness.getCell(1));
            assertNumber(5, timeliness.getCell(6));
        }

        Download pdf = results.pdf(scenario.so, scenario.roundId, Scope.district(scenario.unit("PGD-LECHAN")));
        assertEquals("application/pdf", pdf.mediaType());
        PdfReader reader = new PdfReader(pdf.content());
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page)).append('\n');
            }
            String all = text.toString();
            for (String expected : List.of("Phạm vi: Phòng GD&ĐT Lê Chân", "2 báo cáo", "Bảng tổng hợp chỉ tiêu", "2.058", "1.646",
                    "79,98", "Tỷ lệ nữ và chênh lệch giới", "Tình hình nộp báo cáo")) {
                assertTrue(all.contains(expected), expected + " in: " + all);
            }
        } finally {
            reader.close();
        }

        List<AuditEntry> trail = audit.ofSubject(scenario.so, AuditSubjects.ROUND, scenario.roundId, 0, 20);
        assertEquals(List.of("PDF", "XLSX"), trail.stream()
                .filter(entry -> entry.getMessageKey().equals("audit.consolidation.exported"))
                .map(entry -> entry.getArguments().get(0)).toList(), "newest first");
    }

    @Test
    void aRoundWithoutAPublishedRunSaysSoAndBadParametersAreRefused() throws Exception {
        Actor so = actor("so.ctrtt");
        long programmeId = TestProgrammes.published(programmes, so, TestProgrammes.someYear());
        long roundId = programmes.programme(so, programmeId).getRounds().get(0).getId();
        Overview overview = results.overview(so, roundId);
        assertFalse(overview.isPublished());
        assertNull(overview.run());
        assertTrue(results.indicators(so, roundId, Scope.whole()).isEmpty());
        assertTrue(results.timeliness(so, roundId).isEmpty());
        assertTrue(results.byDistrict(so, roundId, BDG_01).isEmpty());
        BusinessException nothing = assertThrows(BusinessException.class, () -> results.workbook(so, roundId, Scope.whole()));
        assertEquals("consolidation.dashboard.error.notPublished", nothing.getMessageKey());

        assertThrows(NotFoundException.class, () -> results.overview(so, Long.MAX_VALUE));
        assertInvalid(() -> results.indicators(so, roundId, new Scope(ScopeKind.DISTRICT, "Lê Chân")));
        assertInvalid(() -> results.indicators(so, roundId, new Scope(ScopeKind.ALL, "0")));
        assertInvalid(() -> results.indicators(so, roundId, new Scope(ScopeKind.TYPE, "TRUONG")));
        assertInvalid(() -> results.byDistrict(so, roundId, "BDG-01'; DROP TABLE consolidated_value; --"));
        assertInvalid(() -> results.districtUnits(so, roundId, 0, "BDG-01.nu"));
    }

    /** A parameter refused by Bean Validation, however the container hands the refusal over. */
    private static void assertInvalid(Executable call) {
        Throwable thrown = assertThrows(Throwable.class, call::run);
        Throwable cause = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        assertInstanceOf(ConstraintViolationException.class, cause, thrown.toString());
    }

    /** A call that may throw; JUnit's own Executable is not a java.util.function type. */
    @FunctionalInterface
    private interface Executable {
        void run() throws Exception;
    }

    private static IndicatorLine line(List<IndicatorLine> lines, String cell) {
        return lines.stream().filter(l -> l.cell().equals(cell)).findFirst()
                .orElseThrow(() -> new AssertionError(cell + " not in " + lines.stream().map(IndicatorLine::cell).toList()));
    }

    private static void assertFigures(Figures figures, String total, String female, String male, String share) {
        assertAmount(total, figures.total());
        assertAmount(female, figures.female());
        assertAmount(male, figures.male());
        assertAmount(share, figures.femaleShare());
    }

    private static void assertAmount(String expected, BigDecimal actual) {
        assertAmount(expected, actual, expected);
    }

    private static void assertAmount(String expected, BigDecimal actual, String message) {
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0,
                message + ": expected " + expected + ", was " + actual);
    }

    private static void assertNumber(double expected, Cell cell) {
        assertEquals(CellType.NUMERIC, cell.getCellType(), "a number cell");
        assertEquals(expected, cell.getNumericCellValue(), 1e-9);
    }

    private static List<String> texts(Row row, int columns) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < columns; column++) {
            texts.add(row.getCell(column).getStringCellValue());
        }
        return texts;
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code + " has no row");
    }
}
