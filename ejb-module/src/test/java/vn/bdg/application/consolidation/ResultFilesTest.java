package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.org.UnitType;

class ResultFilesTest {

    private static final ScopeResults RESULTS = new ScopeResults(SampleResults.indicators(),
            List.of(SampleResults.staffGap()), List.of(SampleResults.staffYear()),
            List.of(SampleResults.timeliness(Scope.whole(), null)), List.of(SampleResults.leadership(true)));

    private static List<String> titleLines() {
        return ResultFiles.titleLines("Kế hoạch 571/SGDĐT-CTrTT năm 2020", "Báo cáo sơ kết 6 tháng", "Toàn Sở",
                SampleResults.run(), 5);
    }

    @Test
    void theTitleLinesNameTheProgrammeTheRoundTheScopeAndThePublishedRun() {
        assertEquals(List.of("Kế hoạch 571/SGDĐT-CTrTT năm 2020 — Báo cáo sơ kết 6 tháng", "Phạm vi: Toàn Sở",
                "Bản tổng hợp công bố lúc 08:01 01/06/2021, người chạy so.ctrtt, số liệu đến ngày 14/06/2021, 5 báo cáo;"
                        + " chỉ gồm báo cáo đã tiếp nhận."), titleLines());
        assertEquals("tong-hop-6t-2020.xlsx", ResultFiles.fileName("6T-2020", Scope.whole(), ".xlsx"));
        assertEquals("tong-hop-6t-2020-th.pdf", ResultFiles.fileName("6T-2020", Scope.type(UnitType.TH), ".pdf"));
        assertEquals("tong-hop-6t-2020-1234.pdf", ResultFiles.fileName("6T-2020", Scope.district(1234), ".pdf"));
    }

    @Test
    void theWorkbookHasASheetPerTableWithNumberAndPercentCells() throws IOException {
        byte[] content = ResultFiles.workbook(titleLines(), ResultTables.of(RESULTS));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            assertEquals(5, workbook.getNumberOfSheets());
            Sheet indicators = workbook.getSheet("Chỉ tiêu");
            assertEquals("Phạm vi: Toàn Sở", indicators.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Mã", indicators.getRow(3).getCell(0).getStringCellValue());
            Row staff = indicators.getRow(8);
            assertEquals("BDG-01", staff.getCell(0).getStringCellValue());
            Cell share = staff.getCell(6);
            assertEquals(CellType.NUMERIC, share.getCellType());
            assertEquals(0.7998, share.getNumericCellValue(), 1e-9);
            assertEquals("0.00%", share.getCellStyle().getDataFormatString());
            assertEquals(5145, staff.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals(CellType.NUMERIC, indicators.getRow(5).getCell(7).getCellType(), "units answering, a number");
        }
    }

    @Test
    void thePdfIsLandscapeWithTheNumbersWrittenTheVietnameseWay() throws IOException {
        byte[] content = ResultFiles.pdf(titleLines(), ResultTables.of(RESULTS));
        PdfReader reader = new PdfReader(content);
        try {
            assertTrue(reader.getPageSizeWithRotation(1).getWidth() > reader.getPageSizeWithRotation(1).getHeight(), "landscape");
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            for (String expected : List.of("Báo cáo sơ kết 6 tháng", "Bảng tổng hợp chỉ tiêu", "5.145", "79,98",
                    "Nhóm: GV", "Mục tiêu quốc gia về bình đẳng giới", "Đạt")) {
                assertTrue(text.toString().contains(expected), expected + " in " + text);
            }
        } finally {
            reader.close();
        }
    }
}
