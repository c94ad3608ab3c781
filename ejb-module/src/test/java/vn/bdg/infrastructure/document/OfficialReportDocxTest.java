package vn.bdg.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

class OfficialReportDocxTest {

    @Test
    void headerGridHoldsAgencyAndBlankNumberLeftAndNationalTitleMottoAndDateRight() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFTable grid = document.getTables().get(0);
            assertEquals(List.of("SỞ GD&ĐT HẢI PHÒNG", "TRƯỜNG THPT NGÔ QUYỀN"), texts(grid.getRow(0).getCell(0)));
            assertFalse(run(grid.getRow(0).getCell(0), "SỞ GD&ĐT HẢI PHÒNG").isBold());
            assertTrue(run(grid.getRow(0).getCell(0), "TRƯỜNG THPT NGÔ QUYỀN").isBold());
            assertEquals(List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"),
                    texts(grid.getRow(0).getCell(1)));
            assertTrue(run(grid.getRow(0).getCell(1), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").isBold());
            assertTrue(run(grid.getRow(0).getCell(1), "Độc lập - Tự do - Hạnh phúc").isBold());
            assertEquals(List.of("Số:      /BC-THPTNQ"), texts(grid.getRow(1).getCell(0)));
            assertEquals(List.of("Hải Phòng, ngày 05 tháng 01 năm 2021"), texts(grid.getRow(1).getCell(1)));
            assertTrue(run(grid.getRow(1).getCell(1), "Hải Phòng, ngày 05 tháng 01 năm 2021").isItalic());
            assertFalse(grid.getCTTbl().getTblPr().xmlText().contains("single"), "the header grid has no borders");
        }
    }

    @Test
    void rulesLieUnderTheIssuingAgencyTheMottoAndTheSummary() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFTable grid = document.getTables().get(0);
            assertTrue(hasRule(grid.getRow(0).getCell(0).getParagraphs()));
            assertTrue(hasRule(grid.getRow(0).getCell(1).getParagraphs()));
            assertTrue(hasRule(document.getParagraphs()));
        }
    }

    @Test
    void monthsFromMarchAreNotPadded() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport(LocalDate.of(2020, 3, 16)))) {
            assertEquals(List.of("Hải Phòng, ngày 16 tháng 3 năm 2020"), texts(document.getTables().get(0).getRow(1).getCell(1)));
        }
    }

    @Test
    void withoutParentAgencyTheIssuingAgencyHeadsTheGrid() throws IOException {
        OfficialReport sample = SampleReports.schoolReport();
        OfficialReport report = new OfficialReport(null, sample.issuingAgency(), sample.symbol(), sample.place(), sample.date(),
                sample.documentType(), sample.summary(), sample.legalBases(), sample.addressees(), sample.sections(),
                sample.annex(), sample.signature(), sample.recipients());
        try (XWPFDocument document = open(report)) {
            assertEquals(List.of("TRƯỜNG THPT NGÔ QUYỀN"), texts(document.getTables().get(0).getRow(0).getCell(0)));
        }
    }

    @Test
    void titleAndSummaryAreCentredAndBoldAndFollowedByTheAddresseeAndLegalBasis() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFParagraph title = paragraph(document, "BÁO CÁO");
            XWPFParagraph summary = paragraph(document, "Kết quả thực hiện công tác bình đẳng giới năm 2020");
            assertEquals(ParagraphAlignment.CENTER, title.getAlignment());
            assertEquals(ParagraphAlignment.CENTER, summary.getAlignment());
            assertTrue(title.getRuns().get(0).isBold());
            assertTrue(summary.getRuns().get(0).isBold());
            assertEquals(title.getBody().getBodyElements().indexOf(title) + 1, summary.getBody().getBodyElements().indexOf(summary));
            assertNotNull(paragraph(document, "Kính gửi: Sở Giáo dục và Đào tạo Hải Phòng."));
            XWPFParagraph basis = paragraph(document,
                    "Căn cứ Công văn số 571/SGDĐT-CTrTT ngày 16/3/2020 của Sở Giáo dục và Đào tạo Hải Phòng;");
            assertEquals(ParagraphAlignment.BOTH, basis.getAlignment());
            assertEquals(567, basis.getIndentationFirstLine());
            assertTrue(basis.getSpacingAfter() >= 120);
        }
    }

    @Test
    void severalAddresseesAreListedAfterTheLabel() throws IOException {
        OfficialReport sample = SampleReports.schoolReport();
        OfficialReport report = new OfficialReport(sample.parentAgency(), sample.issuingAgency(), sample.symbol(), sample.place(),
                sample.date(), sample.documentType(), sample.summary(), List.of(), List.of("Sở Giáo dục và Đào tạo", "Sở Nội vụ"),
                sample.sections(), null, sample.signature(), sample.recipients());
        try (XWPFDocument document = open(report)) {
            assertNotNull(paragraph(document, "Kính gửi:\t- Sở Giáo dục và Đào tạo;"));
            assertNotNull(paragraph(document, "- Sở Nội vụ."));
        }
    }

    @Test
    void narrativeKeepsBoldItalicUnderlineAndListsWithoutAnyMarkup() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFParagraph heading = paragraph(document, "I.1. Công tác tuyên truyền");
            assertTrue(heading.getRuns().get(0).isBold());
            XWPFParagraph narrative = paragraph(document,
                    "Nhà trường đã tổ chức 12 buổi tuyên truyền về bình đẳng giới cho 1.234 lượt học sinh.");
            assertTrue(run(narrative, "12 buổi").isBold());
            assertFalse(run(narrative, "Nhà trường đã tổ chức ").isBold());
            assertTrue(run(narrative, "bình đẳng giới").isItalic());
            assertEquals(UnderlinePatterns.SINGLE, run(narrative, "1.234").getUnderline());
            assertNotNull(paragraph(document, "- Lồng ghép vào giờ chào cờ;"));
            assertNotNull(paragraph(document, "2. Tháng 11: Tháng hành động."));
            assertNotNull(paragraph(document, "Xem Cổng thông tin (https://moet.gov.vn)."));
            assertEquals(0, paragraph(document, "Dòng thứ hai.").getIndentationFirstLine());
            String allText = allParagraphs(document).map(XWPFParagraph::getText).reduce("", String::concat);
            assertFalse(allText.contains("<") || allText.contains("&lt;"), "no raw HTML");
        }
    }

    @Test
    void aSectionLaysOutItsBlocksInOrderAndAQuotationIsItalicWithItsSourceUpright() throws IOException {
        try (XWPFDocument document = open(SampleReports.withQuotations())) {
            List<String> texts = document.getBodyElements().stream()
                    .map(element -> element instanceof XWPFParagraph p ? p.getText() : "[table]").toList();
            int heading = texts.indexOf("I.7. Tổng hợp từ các đơn vị");
            assertEquals(List.of("Số liệu tổng hợp của 3 đơn vị:", "[table]",
                    "“Nhà trường đã tổ chức 12 buổi tuyên truyền…” (Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020)"),
                    texts.subList(heading + 1, heading + 4));
            XWPFParagraph quotation = paragraph(document, texts.get(heading + 3));
            assertTrue(run(quotation, "“Nhà trường đã tổ chức 12 buổi tuyên truyền…”").isItalic());
            assertFalse(run(quotation, " (Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020)").isItalic());
            assertTrue(quotation.getIndentationLeft() > 0, "set in from the margin");
        }
    }

    @Test
    void sectionTableHasBoldRepeatedHeaderAndRightAlignedNumbers() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFTable table = document.getTables().get(1);
            XWPFTableRow header = table.getRow(0);
            assertEquals(List.of("Chỉ tiêu", "Tổng số", "Trong đó: Nữ", "Tỷ lệ nữ (%)"),
                    header.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertTrue(header.isRepeatHeader());
            assertTrue(header.getCell(0).getParagraphs().get(0).getRuns().get(0).isBold());
            XWPFTableRow teachers = table.getRow(2);
            assertEquals(List.of("Giáo viên", "1.234", "812", "65,8"),
                    teachers.getTableCells().stream().map(XWPFTableCell::getText).toList());
            assertEquals(ParagraphAlignment.RIGHT, teachers.getCell(1).getParagraphs().get(0).getAlignment());
            assertEquals(ParagraphAlignment.LEFT, teachers.getCell(0).getParagraphs().get(0).getAlignment());
            assertTrue(table.getCTTbl().getTblPr().getTblBorders().xmlText().contains("single"), "the data table has borders");
        }
    }

    @Test
    void reportIsPortraitA4AndTheAnnexIsALandscapeSectionWithItsTable() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            CTSectPr reportSection = allParagraphs(document)
                    .filter(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr())
                    .map(p -> p.getCTP().getPPr().getSectPr())
                    .findFirst().orElseThrow();
            assertEquals(STPageOrientation.PORTRAIT, reportSection.getPgSz().getOrient());
            assertEquals(11906, twips(reportSection.getPgSz().getW()));
            assertEquals(16838, twips(reportSection.getPgSz().getH()));
            assertEquals(1701, twips(reportSection.getPgMar().getLeft()), "left margin 30 mm");
            assertEquals(1134, twips(reportSection.getPgMar().getTop()), "top margin 20 mm");

            CTSectPr annexSection = document.getDocument().getBody().getSectPr();
            CTPageSz annexPage = annexSection.getPgSz();
            assertEquals(STPageOrientation.LANDSCAPE, annexPage.getOrient());
            assertTrue(twips(annexPage.getW()) > twips(annexPage.getH()));
            assertEquals(BigInteger.ONE, annexSection.getPgNumType().getStart(), "the annex numbers its pages anew");

            XWPFParagraph label = paragraph(document, "Phụ lục I");
            assertTrue(label.getRuns().get(0).isBold());
            assertNotNull(paragraph(document, "SỐ LIỆU VỀ BÌNH ĐẲNG GIỚI NĂM 2020"));
            XWPFParagraph reference = paragraph(document,
                    "(Kèm theo Báo cáo số ....../BC-THPTNQ ngày ...... tháng ...... năm ...... của Trường THPT Ngô Quyền)");
            assertTrue(reference.getRuns().get(0).isItalic());
            XWPFTable annexTable = document.getTables().get(document.getTables().size() - 1);
            assertEquals("1.234", annexTable.getRow(2).getCell(1).getText());
        }
    }

    @Test
    void withoutAnnexTheDocumentIsOnePortraitSection() throws IOException {
        OfficialReport sample = SampleReports.schoolReport();
        OfficialReport report = new OfficialReport(sample.parentAgency(), sample.issuingAgency(), sample.symbol(), sample.place(),
                sample.date(), sample.documentType(), sample.summary(), sample.legalBases(), sample.addressees(),
                sample.sections(), null, sample.signature(), sample.recipients());
        try (XWPFDocument document = open(report)) {
            assertTrue(allParagraphs(document).noneMatch(p -> p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()));
            assertEquals(STPageOrientation.PORTRAIT, document.getDocument().getBody().getSectPr().getPgSz().getOrient());
            assertTrue(allParagraphs(document).noneMatch(p -> p.getText().equals("Phụ lục I")));
        }
    }

    @Test
    void pagesAreNumberedInTheHeaderExceptTheFirst() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            CTSectPr section = document.getDocument().getBody().getSectPr();
            assertTrue(section.isSetTitlePg(), "a different first page");
            XWPFHeader numbered = document.getHeaderFooterPolicy().getDefaultHeader();
            XWPFHeader first = document.getHeaderFooterPolicy().getFirstPageHeader();
            assertTrue(numbered.getParagraphs().get(0).getCTP().xmlText().contains("PAGE"));
            assertEquals(ParagraphAlignment.CENTER, numbered.getParagraphs().get(0).getAlignment());
            assertEquals("", first.getText().strip());
        }
    }

    @Test
    void signatureOnTheRightAndRecipientsOnTheLeftEndingWithAFullStop() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            XWPFTable closing = document.getTables().get(2);
            XWPFTableCell recipients = closing.getRow(0).getCell(0);
            assertEquals(List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT."), texts(recipients));
            XWPFRun label = run(recipients, "Nơi nhận:");
            assertTrue(label.isBold() && label.isItalic());
            assertEquals(12.0, label.getFontSizeAsDouble());
            assertEquals(11.0, run(recipients, "- Lưu: VT.").getFontSizeAsDouble());
            XWPFTableCell signer = closing.getRow(0).getCell(1);
            assertEquals(List.of("KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đỗ Thị Hòa"), texts(signer));
            assertTrue(run(signer, "KT. HIỆU TRƯỞNG").isBold());
            assertTrue(run(signer, "Đỗ Thị Hòa").isBold());
            assertTrue(signer.getParagraphs().get(2).getSpacingBefore() >= 1200, "room to sign above the name");
        }
    }

    @Test
    void unsignedNameLeavesOnlyTheSpace() throws IOException {
        OfficialReport sample = SampleReports.schoolReport();
        OfficialReport report = new OfficialReport(sample.parentAgency(), sample.issuingAgency(), sample.symbol(), sample.place(),
                sample.date(), sample.documentType(), sample.summary(), sample.legalBases(), sample.addressees(),
                sample.sections(), null, new OfficialReport.Signature(null, "HIỆU TRƯỞNG", null), sample.recipients());
        try (XWPFDocument document = open(report)) {
            assertEquals(List.of("HIỆU TRƯỞNG"), texts(document.getTables().get(2).getRow(0).getCell(1)));
        }
    }

    @Test
    void everyRunIsTimesNewRoman() throws IOException {
        try (XWPFDocument document = open(SampleReports.schoolReport())) {
            List<XWPFRun> runs = allParagraphs(document).flatMap(p -> p.getRuns().stream()).toList();
            assertTrue(runs.size() > 50);
            for (XWPFRun run : runs) {
                assertEquals("Times New Roman", run.getFontFamily(), run.text());
            }
        }
    }

    private static XWPFDocument open(OfficialReport report) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(OfficialReportDocx.write(report)));
    }

    private static Stream<XWPFParagraph> allParagraphs(XWPFDocument document) {
        List<XWPFParagraph> paragraphs = new ArrayList<>(document.getParagraphs());
        for (XWPFTable table : document.getTables()) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    paragraphs.addAll(cell.getParagraphs());
                }
            }
        }
        return paragraphs.stream();
    }

    private static XWPFParagraph paragraph(XWPFDocument document, String text) {
        Optional<XWPFParagraph> found = allParagraphs(document).filter(p -> p.getText().equals(text)).findFirst();
        return found.orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\""));
    }

    private static List<String> texts(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(text -> !text.isEmpty()).toList();
    }

    private static XWPFRun run(XWPFTableCell cell, String text) {
        return cell.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        return paragraph.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run \"" + text + "\""));
    }

    private static boolean hasRule(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().anyMatch(p -> p.getText().isEmpty() && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetPBdr());
    }

    private static long twips(Object measure) {
        return ((BigInteger) measure).longValue();
    }
}
