package vn.bdg.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialReportPdfTest {

    @Test
    void vietnameseTextOfHeaderTitleAndBodyRoundTrips() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.schoolReport()));
        try {
            String first = new PdfTextExtractor(reader).getTextFromPage(1);
            for (String expected : List.of("SỞ GD&ĐT HẢI PHÒNG", "TRƯỜNG THPT NGÔ QUYỀN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Số:      /BC-THPTNQ", "Hải Phòng, ngày 05 tháng 01 năm 2021", "BÁO CÁO",
                    "Kết quả thực hiện công tác bình đẳng giới năm 2020", "Kính gửi: Sở Giáo dục và Đào tạo Hải Phòng.",
                    "Trường", "12 buổi", "- Lồng ghép vào giờ chào cờ;", "1.234")) {
                assertTrue(first.contains(expected), () -> "page 1 lacks \"" + expected + "\":\n" + first);
            }
            assertFalse(first.contains("<b>") || first.contains("&lt;"), "no raw HTML");
        } finally {
            reader.close();
        }
    }

    @Test
    void signatureAndRecipientsCloseTheReport() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.schoolReport()));
        try {
            String closing = new PdfTextExtractor(reader).getTextFromPage(reader.getNumberOfPages() - 1);
            for (String expected : List.of("Nơi nhận:", "- Như trên;", "- Lưu: VT.", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "Đỗ Thị Hòa")) {
                assertTrue(closing.contains(expected), () -> "the closing lacks \"" + expected + "\":\n" + closing);
            }
        } finally {
            reader.close();
        }
    }

    @Test
    void firstPageHasNoNumberAndTheFollowingPagesAreNumberedUntilTheAnnexStartsAgain() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.schoolReport()));
        try {
            int annex = reader.getNumberOfPages();
            assertTrue(annex >= 3, "two or more portrait pages and the annex");
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            assertFalse(lines(extractor.getTextFromPage(1)).contains("1"));
            for (int page = 2; page < annex; page++) {
                assertTrue(lines(extractor.getTextFromPage(page)).contains(String.valueOf(page)), "number on page " + page);
            }
            assertFalse(lines(extractor.getTextFromPage(annex)).contains(String.valueOf(annex)));
            assertFalse(lines(extractor.getTextFromPage(annex)).contains("1"), "the annex numbers anew, not on its first page");
        } finally {
            reader.close();
        }
    }

    @Test
    void reportPagesArePortraitA4AndTheAnnexIsOnALandscapePage() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.schoolReport()));
        try {
            for (int page = 1; page < reader.getNumberOfPages(); page++) {
                Rectangle size = reader.getPageSizeWithRotation(page);
                assertEquals(595, Math.round(size.getWidth()));
                assertEquals(842, Math.round(size.getHeight()));
            }
            int last = reader.getNumberOfPages();
            Rectangle annex = reader.getPageSizeWithRotation(last);
            assertTrue(annex.getWidth() > annex.getHeight());
            String text = new PdfTextExtractor(reader).getTextFromPage(last);
            for (String expected : List.of("Phụ lục I", "SỐ LIỆU VỀ BÌNH ĐẲNG GIỚI NĂM 2020",
                    "(Kèm theo Báo cáo số ....../BC-THPTNQ ngày ...... tháng ...... năm ...... của Trường THPT Ngô Quyền)",
                    "Tỷ lệ nữ (%)", "65,8")) {
                assertTrue(text.contains(expected), () -> "the annex lacks \"" + expected + "\":\n" + text);
            }
        } finally {
            reader.close();
        }
    }

    /**
     * Text extraction follows the content stream, in which OpenPDF writes table cells after the page's
     * paragraphs, so the order of paragraph and table is proved on the DOCX, which shares the model.
     */
    @Test
    void aQuotationIsPrintedWithItsSourceInItsSectionBesideTheFigures() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.withQuotations()));
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            String page = "";
            for (int number = 1; number < reader.getNumberOfPages() && !page.contains("I.7."); number++) {
                page = extractor.getTextFromPage(number);
            }
            String text = page.replaceAll("\\s+", " ");
            int heading = text.indexOf("I.7. Tổng hợp từ các đơn vị");
            int quotation = text.indexOf("“Nhà trường đã tổ chức 12 buổi tuyên truyền…”", heading);
            assertTrue(heading >= 0 && quotation > heading, page);
            assertTrue(text.indexOf("(Trường THPT Ngô Quyền, Báo cáo tổng kết năm 2020)", quotation) > quotation, page);
            assertTrue(text.contains("Giáo viên1.23481265,8"), page);
        } finally {
            reader.close();
        }
    }

    @Test
    void everyFontIsEmbeddedLiberationSerif() throws IOException {
        PdfReader reader = new PdfReader(OfficialReportPdf.write(SampleReports.schoolReport()));
        try {
            List<PdfDictionary> fonts = fonts(reader);
            assertFalse(fonts.isEmpty());
            for (PdfDictionary font : fonts) {
                String name = font.getAsName(PdfName.BASEFONT).toString();
                assertTrue(name.contains("LiberationSerif"), name);
                PdfArray descendants = font.getAsArray(PdfName.DESCENDANTFONTS);
                assertNotNull(descendants, name + " is a composite (Unicode) font");
                PdfDictionary descriptor = descendants.getAsDict(0).getAsDict(PdfName.FONTDESCRIPTOR);
                assertNotNull(descriptor.get(PdfName.FONTFILE2), name + " is embedded");
            }
        } finally {
            reader.close();
        }
    }

    private static List<PdfDictionary> fonts(PdfReader reader) {
        List<PdfDictionary> fonts = new ArrayList<>();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            PdfDictionary resources = reader.getPageN(page).getAsDict(PdfName.RESOURCES);
            PdfDictionary pageFonts = resources.getAsDict(PdfName.FONT);
            for (PdfName key : pageFonts.getKeys()) {
                fonts.add(pageFonts.getAsDict(key));
            }
        }
        return fonts;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).toList();
    }
}
