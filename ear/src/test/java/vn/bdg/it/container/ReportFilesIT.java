package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.OrgService;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.CellProblem;
import vn.bdg.application.report.ReportDocumentService;
import vn.bdg.application.report.ReportService;
import vn.bdg.application.report.ReportWorkbookService;
import vn.bdg.application.report.WorkbookImport;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.FormCells;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * A report's files through the real services, on H2 and PostgreSQL: the Excel form downloaded with the
 * saved values, changed as a person would, uploaded into the draft; one bad cell imports nothing and is
 * named by sheet and cell; a form older than the last save, another report's form or a file that is not
 * a workbook are refused; the official DOCX and PDF carry the Decree 30 header and the figures; nothing
 * of it reaches another district.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ReportFilesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ReportFilesIT.class);
    }

    @Inject
    ReportService reports;

    @Inject
    ReportWorkbookService workbooks;

    @Inject
    ReportDocumentService documents;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    @Test
    void theExcelFormGoesOutWithTheSavedValuesAndComesBackIntoTheDraftAllOrNothing() {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, admin, year);
        String round = "6T-" + year;
        Actor editor = actor("thpt.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, programmeId, round, unitId);
        int opened = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();
        reports.record(editor, reportId, opened, Map.of("BDG-01", "1.029", "BDG-01.nu", "823", "BDG-29", "1"));

        Download form = workbooks.download(actor("hieutruong.ngoquyen"), reportId);
        assertTrue(form.fileName().endsWith(".xlsx"), form.fileName());
        assertEquals("1029", FormCells.shown(form.content(), "BDG-01"));
        assertEquals("Có", FormCells.shown(form.content(), "BDG-29"));

        Map<String, Object> typedOffline = new HashMap<>();
        typedOffline.put("BDG-07", 930);
        typedOffline.put("BDG-07.nu", "700");
        typedOffline.put("BDG-16", "1.900");
        typedOffline.put("BDG-29", "Không");
        typedOffline.put("BDG-01.nu", null);
        WorkbookImport imported = workbooks.upload(editor, reportId, FormCells.edit(form.content(), typedOffline));
        assertTrue(imported.isImported(), () -> imported.problems().toString());
        UnitReport afterImport = reports.find(editor, programmeId, round, unitId).orElseThrow();
        assertEquals(0, new BigDecimal("930").compareTo(afterImport.value("BDG-07")));
        assertEquals(0, new BigDecimal("700").compareTo(afterImport.value("BDG-07.nu")));
        assertEquals(0, new BigDecimal("1900").compareTo(afterImport.value("BDG-16")));
        assertEquals(0, BigDecimal.ZERO.compareTo(afterImport.value("BDG-29")));
        assertEquals(null, afterImport.value("BDG-01.nu"), "a cleared cell is cleared in the draft");
        assertEquals(0, new BigDecimal("1029").compareTo(afterImport.value("BDG-01")));

        byte[] fresh = workbooks.download(editor, reportId).content();
        Map<String, Object> badCells = new HashMap<>();
        badCells.put("BDG-07", "12.5");
        badCells.put("BDG-09", 16.5);
        badCells.put("BDG-16", 2000);
        WorkbookImport refused = workbooks.upload(editor, reportId, FormCells.edit(fresh, badCells));
        assertFalse(refused.isImported());
        assertEquals(2, refused.problems().size(), refused.problems().toString());
        CellProblem ambiguous = refused.problems().stream().filter(p -> "number.error.dotNotThousands".equals(p.messageKey()))
                .findFirst().orElseThrow(() -> new AssertionError(refused.problems().toString()));
        assertEquals(FormCells.where(fresh, "BDG-07"), ambiguous.sheet() + "!" + ambiguous.ref());
        assertTrue(refused.problems().stream().anyMatch(p -> "number.error.notWhole".equals(p.messageKey())));
        assertEquals(0, new BigDecimal("1900").compareTo(reports.find(editor, programmeId, round, unitId).orElseThrow()
                .value("BDG-16")), "one bad cell imports nothing, not even the good ones");

        UnitReport current = reports.find(editor, programmeId, round, unitId).orElseThrow();
        reports.record(editor, reportId, current.getVersion(), Map.of("BDG-02", "3"));
        BusinessException stale = assertThrows(BusinessException.class, () -> workbooks.upload(editor, reportId, fresh));
        assertEquals("workbook.error.changedSince", stale.getMessageKey());
        assertEquals("thpt.ngoquyen", stale.getArguments().get(0));

        WorkbookImport notAWorkbook = workbooks.upload(editor, reportId, "%PDF-1.4\n".getBytes());
        assertEquals("workbook.error.notXlsx", notAWorkbook.problems().get(0).messageKey());

        long otherProgramme = TestProgrammes.published(programmes, admin, TestProgrammes.someYear());
        String otherRound = "6T-" + programmes.programme(admin, otherProgramme).getYear();
        long otherReport = reports.open(editor, otherProgramme, otherRound, unitId);
        WorkbookImport wrongReport = workbooks.upload(editor, otherReport, workbooks.download(editor, reportId).content());
        assertEquals("workbook.error.otherReport", wrongReport.problems().get(0).messageKey());

        assertThrows(AccessDeniedException.class, () -> workbooks.upload(actor("hieutruong.ngoquyen"), reportId, fresh),
                "the head reads the form but does not import into it");
        assertThrows(NotFoundException.class, () -> workbooks.download(actor("phong.lechan"), reportId));
        assertThrows(NotFoundException.class, () -> workbooks.upload(actor("phong.lechan"), reportId, fresh));
    }

    @Test
    void theOfficialReportCarriesTheDecree30HeaderTheNarrativeAndTheFigures() throws IOException {
        Actor admin = actor("so.ctrtt");
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.published(programmes, admin, year);
        String round = "6T-" + year;
        Actor editor = actor("thpt.ngoquyen");
        long unitId = org.unitByCode(editor, "THPT-NGOQUYEN").getId();
        long reportId = reports.open(editor, programmeId, round, unitId);
        int opened = reports.find(editor, programmeId, round, unitId).orElseThrow().getVersion();
        reports.record(editor, reportId, opened, Map.of("BDG-01", "1.029", "BDG-01.nu", "823"),
                Map.of("I.1", "<p>Đã tổ chức <strong>3 buổi</strong> nói chuyện chuyên đề.</p>"));

        Download docx = documents.document(actor("hieutruong.ngoquyen"), reportId, ReportDocumentService.Format.DOCX);
        assertTrue(docx.fileName().endsWith(".docx"), docx.fileName());
        String text;
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.content()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            text = extractor.getText();
        }
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("TRƯỜNG THPT NGÔ QUYỀN"), text);
        assertTrue(text.contains("/BC-THPTNQ"), text);
        assertTrue(text.contains("Kết quả thực hiện công tác bình đẳng giới 6 tháng đầu năm " + year), text);
        assertTrue(text.contains("Căn cứ Công văn số"), text);
        assertTrue(text.contains("Đã tổ chức 3 buổi nói chuyện chuyên đề."), text);
        assertTrue(text.contains("1.029") && text.contains("823") && text.contains("206"), "Tổng, Nữ and Nam in the annex");

        Download pdf = documents.document(editor, reportId, ReportDocumentService.Format.PDF);
        PdfReader reader = new PdfReader(pdf.content());
        try {
            String firstPage = new PdfTextExtractor(reader).getTextFromPage(1);
            assertTrue(firstPage.contains("BÁO CÁO"), firstPage);
            assertTrue(reader.getNumberOfPages() >= 2, "the annex has its own page");
            com.lowagie.text.Rectangle last = reader.getPageSizeWithRotation(reader.getNumberOfPages());
            assertTrue(last.getWidth() > last.getHeight(), "the annex is landscape");
        } finally {
            reader.close();
        }
        assertThrows(NotFoundException.class,
                () -> documents.document(actor("phong.lechan"), reportId, ReportDocumentService.Format.PDF));
    }
}
