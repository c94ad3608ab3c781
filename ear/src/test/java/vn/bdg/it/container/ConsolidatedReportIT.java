package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.bdg.application.AccountService;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgService;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.consolidation.ConsolidatedReportService;
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
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The Sở's consolidated report on H2 and PostgreSQL: a programme of the THPT schools whose annual round
 * fell due in 2021, three schools' reports sent and accepted (two on time under an extension, one late),
 * one school marked missing and the rest never sent, consolidated by the real consolidate-round job; one
 * more school sends after the run, and the report still counts and lists it as the run judged it. Its DOCX
 * and PDF are read
 * back with POI and OpenPDF: Decree 30 header with the number left blank, the trích yếu, the summed
 * figures, an excerpt naming its school, the late and missing schools, the signer and Nơi nhận, and the
 * landscape annex. A viewer of the Sở downloads it too; a Phòng's reviewer, a school and a system
 * administrator are refused; a round not yet consolidated is refused with a reason.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ConsolidatedReportIT {

    private static final String PASSWORD = "Start2020x";
    private static final String LONG_NARRATIVE = "<p>Nhà trường đã tổ chức <strong>12 buổi</strong> tuyên truyền,"
            + " phổ biến Luật Bình đẳng giới cho cán bộ, giáo viên, nhân viên và học sinh, lồng ghép vào giờ chào cờ,"
            + " sinh hoạt lớp và các buổi ngoại khóa.</p><p>Đoàn Thanh niên phối hợp với Ban Vì sự tiến bộ phụ nữ"
            + " tổ chức cuộc thi tìm hiểu về bình đẳng giới và phòng, chống bạo lực trên cơ sở giới với 1.200 lượt"
            + " học sinh tham gia; kết quả được tổng kết, khen thưởng vào dịp 20 tháng 10.</p>";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConsolidatedReportIT.class);
    }

    @Inject
    ConsolidatedReportService consolidated;

    @Inject
    ConsolidationJob job;

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
    AuditTrail audit;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** The programme and its annual round, with three schools accepted and one marked missing. */
    private final class Scenario {

        final Actor so = actor("so.ctrtt");
        final int year = TestProgrammes.someYear();
        final long programmeId;
        final String roundCode = "NAM-" + year;
        final long roundId;

        Scenario() {
            programmeId = TestProgrammes.draft(programmes, so, year);
            ProgrammeForm form = ProgrammeForm.of(programmes.programme(so, programmeId));
            form.setUpwardRecipient("Ủy ban nhân dân thành phố Hải Phòng");
            ProgrammeForm.Basis cityPlan = new ProgrammeForm.Basis();
            cityPlan.setDocumentNumber("72/KH-UBND");
            cityPlan.setIssuedOn(LocalDate.of(year, 2, 13));
            cityPlan.setIssuer("Ủy ban nhân dân thành phố");
            cityPlan.setTitle("Kế hoạch thực hiện công tác bình đẳng giới năm " + year);
            form.setLegalBases(List.of(cityPlan));
            programmes.describe(so, programmeId, form);
            programmes.loadDefaultCatalogue(so, programmeId);
            RoundForm annual = RoundForm.defaults(RoundKind.ANNUAL, 2021);
            annual.setCode(roundCode);
            annual.setName("Báo cáo tổng kết năm " + year);
            annual.setDueTop(LocalDate.of(2021, 11, 30));
            programmes.addRound(so, programmeId, annual);
            programmes.publish(so, programmeId);
            roundId = programmes.programme(so, programmeId).round(roundCode).getId();

            Actor school = schoolAccount("THPT-TRANPHU", "THPT-THAIPHIEN");
            LocalDate extended = LocalDate.now(BusinessClock.ZONE).plusDays(30);
            for (String code : List.of("THPT-NGOQUYEN", "THPT-TRANPHU")) {
                programmes.extend(so, programmeId, roundCode, unit(code), extended, "Trường là điểm thi");
            }
            send(actor("thpt.ngoquyen"), actor("hieutruong.ngoquyen"), "THPT-NGOQUYEN", "1.029",
                    Map.of("I.1", LONG_NARRATIVE, "II.1", "<p>Nữ chiếm 80% đội ngũ.</p>"));
            send(school, school, "THPT-TRANPHU", "1.130",
                    Map.of("I.1", "<p>Tổ chức 4 buổi nói chuyện chuyên đề về bình đẳng giới.</p>"));
            send(school, school, "THPT-THAIPHIEN", "1.075", Map.of());
            reviews.markMissing(so, programmeId, roundCode, unit("THPT-LEHONGPHONG"), "Trường đang sáp nhập");
        }

        /** A fresh account that only views the Sở's subtree. */
        Actor viewer() {
            Actor admin = actor("admin");
            String username = "sodocview" + Long.toString(System.nanoTime(), 36);
            long accountId = accounts.create(admin, username, "Lãnh đạo Sở xem báo cáo", null, PASSWORD.toCharArray())
                    .getId();
            accounts.grant(admin, accountId, Role.VIEWER, unit("SGD-HP"));
            return actor(username);
        }

        long unit(String code) {
            return org.unitByCode(so, code).getId();
        }

        /** A fresh account (no e-mail) that edits and submits for the given schools. */
        private Actor schoolAccount(String... codes) {
            Actor admin = actor("admin");
            String username = "sodoc" + Long.toString(System.nanoTime(), 36);
            long accountId = accounts.create(admin, username, "Thư ký thử báo cáo tổng hợp", null,
                    PASSWORD.toCharArray()).getId();
            for (String code : codes) {
                accounts.grant(admin, accountId, Role.UNIT_EDITOR, unit(code));
                accounts.grant(admin, accountId, Role.UNIT_HEAD, unit(code));
            }
            return actor(username);
        }

        private void send(Actor editor, Actor head, String code, String staff, Map<String, String> narratives) {
            long unitId = unit(code);
            long reportId = reports.open(editor, programmeId, roundCode, unitId);
            Map<String, String> cells = new HashMap<>(TestProgrammes.completeSchoolReport());
            cells.put("BDG-01", staff);
            int version = reports.find(editor, programmeId, roundCode, unitId).orElseThrow().getVersion();
            reports.record(editor, reportId, version, cells, narratives);
            reports.submit(head, reportId);
            reviews.accept(so, reportId);
        }
    }

    @Test
    void theSosReportCarriesTheConsolidatedFiguresExcerptsLateAndMissingSchoolsInTheDecree30Layout()
            throws IOException, InterruptedException {
        Scenario scenario = new Scenario();
        Actor so = scenario.so;
        BusinessException notYet = assertThrows(BusinessException.class, () -> consolidated.docx(so, scenario.roundId));
        assertEquals("consolidatedReport.error.notPublished", notYet.getMessageKey());

        consolidate(so, scenario.roundId);
        Actor afterTheRun = scenario.schoolAccount("THPT-HONGBANG");
        scenario.send(afterTheRun, afterTheRun, "THPT-HONGBANG", "980", Map.of());

        Download docx = consolidated.docx(so, scenario.roundId);
        Programme programme = programmes.programme(so, scenario.programmeId);
        String fileName = "BC-SGDDT-" + programme.getLetter().getNumber() + "-NAM-" + scenario.year;
        assertEquals(fileName + ".docx", docx.fileName());
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
            assertEquals(STPageOrientation.LANDSCAPE, document.getDocument().getBody().getSectPr().getPgSz().getOrient(),
                    "the annex is the last section, in landscape");
        }
        assertContent(text, scenario);

        Download pdf = consolidated.pdf(scenario.viewer(), scenario.roundId);
        assertEquals(fileName + ".pdf", pdf.fileName());
        PdfReader reader = new PdfReader(pdf.content());
        try {
            StringBuilder pages = new StringBuilder();
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.append(extractor.getTextFromPage(page)).append('\n');
            }
            com.lowagie.text.Rectangle first = reader.getPageSizeWithRotation(1);
            com.lowagie.text.Rectangle last = reader.getPageSizeWithRotation(reader.getNumberOfPages());
            assertTrue(first.getHeight() > first.getWidth(), "the report is portrait");
            assertTrue(last.getWidth() > last.getHeight(), "the annex is landscape");
            assertContent(pages.toString(), scenario);
        } finally {
            reader.close();
        }

        for (String refused : List.of("phong.lechan", "thpt.ngoquyen", "hieutruong.ngoquyen", "admin")) {
            assertThrows(AccessDeniedException.class, () -> consolidated.pdf(actor(refused), scenario.roundId), refused);
        }
        List<AuditEntry> trail = audit.ofSubject(so, AuditSubjects.ROUND, scenario.roundId, 0, 10);
        assertEquals(List.of(List.of("PDF", "Báo cáo tổng kết năm " + scenario.year),
                        List.of("DOCX", "Báo cáo tổng kết năm " + scenario.year)),
                trail.stream().filter(e -> e.getMessageKey().equals("audit.consolidatedReport.exported"))
                        .map(AuditEntry::getArguments).toList(), "each download, newest first");
    }

    /** What both files must say, in the text their readers extract. */
    private static void assertContent(String extracted, Scenario scenario) {
        String text = extracted.replaceAll("\\s+", " ");
        for (String expected : List.of(
                "UBND THÀNH PHỐ HẢI PHÒNG", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số:      /BC-SGDĐT", "BÁO CÁO",
                "Tổng kết công tác bình đẳng giới năm " + scenario.year + " của ngành Giáo dục và Đào tạo",
                "Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.",
                "Căn cứ Kế hoạch thực hiện công tác bình đẳng giới năm " + scenario.year + " số 72/KH",
                "2 đơn vị gửi đúng hạn, 1 đơn vị gửi muộn,",
                "tổng hợp từ 3 báo cáo của các đơn vị đã được tiếp nhận",
                "3.234",
                "Tỷ lệ cơ quan, đơn vị có lãnh đạo chủ chốt là nữ (mục tiêu đến năm 2030)",
                "Tỷ lệ nữ trong số người có trình độ tiến sĩ (mục tiêu đến năm 2030)",
                "(Trường THPT Ngô Quyền, Báo cáo tổng kết năm " + scenario.year + ")",
                "(Trường THPT chuyên Trần Phú, Báo cáo tổng kết năm " + scenario.year + ")",
                "1. Đơn vị gửi báo cáo muộn (1 đơn vị)", // Hồng Bàng sent after the run: still missing here
                "Trường THPT Thái Phiên.",
                "Trường THPT Lê Hồng Phong (Trường đang sáp nhập)",
                "Nơi nhận:", "- Như trên;", "- Lưu: VT, CTrTT.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn Thử",
                "Phụ lục I", "SỐ LIỆU TỔNG HỢP PHÂN TÁCH THEO GIỚI TÍNH")) {
            assertTrue(text.contains(expected.replaceAll("\\s+", " ")), () -> "missing \"" + expected + "\" in:\n" + text);
        }
        assertTrue(text.contains("Nhà trường đã tổ chức 12 buổi tuyên truyền"), text);
        assertTrue(!text.contains("khen thưởng vào dịp 20 tháng 10"), "the long narrative is cut short");
    }

    /** Runs the consolidate-round job on the round and waits until it has published (or failed). */
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
}
