package vn.bdg.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.infrastructure.importing.TabularFile.Line;

class TabularFileTest {

    @Test
    void readsCommaSeparatedCsvWithLinesNumberedFromOne() {
        List<Line> lines = TabularFile.read(utf8("Mã,Tên đơn vị,Loại\nHP-01,Trường THPT Lê Chân,THPT\n"));

        assertEquals(2, lines.size());
        assertEquals(new Line(1, List.of("Mã", "Tên đơn vị", "Loại")), lines.get(0));
        assertEquals(new Line(2, List.of("HP-01", "Trường THPT Lê Chân", "THPT")), lines.get(1));
    }

    @Test
    void readsSemicolonSeparatedCsvAsExcelWritesItInAVietnameseLocale() {
        List<Line> lines = TabularFile.read(utf8("Mã;Tên;Địa chỉ\r\nHP-02;Trường THCS Đồ Sơn;Số 5, Vạn Sơn\r\n"));

        assertEquals(List.of("Mã", "Tên", "Địa chỉ"), lines.get(0).cells());
        assertEquals(List.of("HP-02", "Trường THCS Đồ Sơn", "Số 5, Vạn Sơn"), lines.get(1).cells());
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("Mã,Tên\nHP-03,Dương Kinh\n");
        byte[] content = Arrays.copyOf(bom, bom.length + body.length);
        System.arraycopy(body, 0, content, bom.length, body.length);

        List<Line> lines = TabularFile.read(content);

        assertEquals("Mã", lines.get(0).cell(0));
        assertEquals(List.of("HP-03", "Dương Kinh"), lines.get(1).cells());
    }

    @Test
    void quotedFieldsKeepDelimitersQuotesAndLineBreaks() {
        List<Line> lines = TabularFile.read(utf8(
                "HP-04,\"Trường THPT Ngô Quyền, Hải Phòng\",\"Tên gọi \"\"cũ\"\"\"\n"
                + "HP-05,\"Dòng một\nDòng hai\",x\n"
                + "HP-06,cuối,y\n"));

        assertEquals(List.of("HP-04", "Trường THPT Ngô Quyền, Hải Phòng", "Tên gọi \"cũ\""), lines.get(0).cells());
        assertEquals(List.of("HP-05", "Dòng một\nDòng hai", "x"), lines.get(1).cells());
        assertEquals(new Line(3, List.of("HP-06", "cuối", "y")), lines.get(2));
    }

    @Test
    void cellsAreTrimmedAndMissingCellsReadAsEmpty() {
        List<Line> lines = TabularFile.read(utf8("  HP-07 ,  Thủy Nguyên  \n,,\n"));

        Line first = lines.get(0);
        assertEquals(List.of("HP-07", "Thủy Nguyên"), first.cells());
        assertEquals("", first.cell(5));
        assertFalse(first.isBlank());
        assertTrue(lines.get(1).isBlank());
        assertEquals(2, lines.get(1).number());
    }

    @Test
    void decomposedVietnameseTextComesBackUnchanged() {
        String nfd = java.text.Normalizer.normalize("Kiến Thụy", java.text.Normalizer.Form.NFD);

        assertEquals(nfd, TabularFile.read(utf8("HP-08," + nfd + "\n")).get(0).cell(1));
    }

    @Test
    void refusesContentThatIsNotUtf8() {
        byte[] windows1258 = "Mã,Tên\nHP-09,Lê Chân\n".getBytes(Charset.forName("windows-1258"));

        assertRefused("import.error.notUtf8", windows1258);
        assertRefused("import.error.notUtf8", "Lê Chân".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void refusesEmptyContent() {
        assertRefused("import.error.empty", new byte[0]);
    }

    @Test
    void refusesContentOverFiveMegabytes() {
        byte[] content = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(content, (byte) 'a');

        BusinessException refused = assertRefused("import.error.tooLarge", content);
        assertEquals(List.of(5), refused.getArguments());
    }

    @Test
    void acceptsContentOfExactlyFiveMegabytes() {
        byte[] content = new byte[5 * 1024 * 1024];
        Arrays.fill(content, (byte) 'a');

        List<Line> lines = TabularFile.read(content);

        assertEquals(1, lines.size());
        assertEquals(5 * 1024 * 1024, lines.get(0).cell(0).length());
    }

    @Test
    void refusesMoreThanTwentyThousandRows() {
        BusinessException refused = assertRefused("import.error.tooManyRows", utf8("a,b\n".repeat(20_001)));

        assertEquals(List.of(20_000), refused.getArguments());
        assertEquals(20_000, TabularFile.read(utf8("a,b\n".repeat(20_000))).size());
    }

    @Test
    void refusesTextContainingNulCharacters() {
        assertRefused("import.error.unknownFormat", utf8("a,b\u0000c\n"));
    }

    @Test
    void refusesAnUnterminatedQuote() {
        assertRefused("import.error.csvMalformed", utf8("HP-10,\"Lê Chân\n"));
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWorkbook() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Đơn vị");
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("d/m/yyyy"));

            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Mã");
            header.createCell(1).setCellValue("Tên đơn vị");
            header.createCell(2).setCellValue("Ngày thành lập");
            header.createCell(3).setCellValue("Số lớp");

            Row school = sheet.createRow(1);
            school.createCell(0).setCellValue("  HP-11 ");
            school.createCell(1).setCellValue("Trường THPT Lê Chân");
            school.createCell(2).setCellValue(LocalDate.of(2025, 7, 1));
            school.getCell(2).setCellStyle(dateStyle);
            school.createCell(3).setCellValue(12.0);
            school.createCell(4).setCellValue(2.5);
            school.createCell(5).setCellValue(true);

            Row afterGap = sheet.createRow(3);
            afterGap.createCell(1).setCellValue("Dương Kinh");

            workbook.createSheet("Khác").createRow(0).createCell(0).setCellValue("không đọc");
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        List<Line> lines = TabularFile.read(xlsx);

        assertEquals(3, lines.size());
        assertEquals(new Line(1, List.of("Mã", "Tên đơn vị", "Ngày thành lập", "Số lớp")), lines.get(0));
        assertEquals(new Line(2, List.of("HP-11", "Trường THPT Lê Chân", "01/07/2025", "12", "2.5", "true")),
                lines.get(1));
        assertEquals(new Line(4, List.of("", "Dương Kinh")), lines.get(2));
    }

    @Test
    void readsTheCachedResultOfAFormulaCell() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet().createRow(0);
            row.createCell(0).setCellValue(12.0);
            row.createCell(1).setCellFormula("A1*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        assertEquals(List.of("12", "24"), TabularFile.read(xlsx).get(0).cells());
    }

    @Test
    void refusesZipMagicFollowedByGarbage() {
        byte[] content = new byte[4096];
        new Random(42).nextBytes(content);
        content[0] = 'P';
        content[1] = 'K';
        content[2] = 3;
        content[3] = 4;

        assertRefused("import.error.unknownFormat", content);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static BusinessException assertRefused(String messageKey, byte[] content) {
        BusinessException refused = assertThrows(BusinessException.class, () -> TabularFile.read(content));
        assertEquals(messageKey, refused.getMessageKey());
        return refused;
    }
}
