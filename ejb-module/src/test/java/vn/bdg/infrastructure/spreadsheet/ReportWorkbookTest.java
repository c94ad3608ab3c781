package vn.bdg.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormLine;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormSheet;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent.Entry;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent.Problem;

class ReportWorkbookTest {

    @Test
    void aWrittenFormReadsBackAsTheTokenAndEveryInputWithItsKeyAndValue() {
        WorkbookContent content = ReportWorkbookReader.read(ReportWorkbookWriter.write(SampleForm.form()));

        assertEquals(List.of(), content.problems());
        assertEquals(SampleForm.TOKEN, content.token());
        assertEquals(SampleForm.expectedValues(), SampleForm.values(content));
        assertEquals(new Entry("BDG-01", "I.1", "C4", null, new BigDecimal("1234")), content.entries().get(0));
        assertEquals(new Entry("BDG-01.nu", "I.1", "D4", null, new BigDecimal("617")), content.entries().get(1));
        assertEquals(new Entry("BDG-03", "I.1", "C8", null, null), entry(content, "BDG-03"));
        assertEquals(new Entry("BDG-12", "II.3", "C6", "khoảng 20", null), entry(content, "BDG-12"));
    }

    @Test
    void prefilledNumbersAreNumericCellsWithThousandsAndDecimalFormats() throws IOException {
        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(SampleForm.form()))) {
            Cell whole = SampleForm.inputCell(workbook, "BDG-01");
            assertEquals(CellType.NUMERIC, whole.getCellType());
            assertEquals(1234.0, whole.getNumericCellValue());
            assertEquals("#,##0", whole.getCellStyle().getDataFormatString());

            Cell decimal = SampleForm.inputCell(workbook, "BDG-10");
            assertEquals(12.5, decimal.getNumericCellValue());
            assertEquals("#,##0.0##", decimal.getCellStyle().getDataFormatString());

            Cell notANumber = SampleForm.inputCell(workbook, "BDG-12");
            assertEquals(CellType.STRING, notANumber.getCellType());
            assertEquals("khoảng 20", notANumber.getStringCellValue());

            Cell derived = workbook.getSheet("II.3").getRow(6).getCell(FormLayout.TOTAL_COLUMN);
            assertEquals(45.5, derived.getNumericCellValue());
            assertTrue(derived.getCellStyle().getLocked());
        }
    }

    @Test
    void namIsALockedFormulaOfTotalMinusFemaleWithItsResultCached() throws IOException {
        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(SampleForm.form()))) {
            Cell male = workbook.getSheet("I.1").getRow(3).getCell(FormLayout.MALE_COLUMN);

            assertEquals(CellType.FORMULA, male.getCellType());
            assertEquals("IF(AND(ISNUMBER(C4),ISNUMBER(D4)),C4-D4,\"\")", male.getCellFormula());
            assertEquals(617.0, male.getNumericCellValue());
            assertTrue(male.getCellStyle().getLocked());
            Cell unfilled = workbook.getSheet("I.1").getRow(5).getCell(FormLayout.MALE_COLUMN);
            assertEquals("", unfilled.getStringCellValue());
            Cell percentage = workbook.getSheet("II.3").getRow(3).getCell(FormLayout.MALE_COLUMN);
            assertEquals(CellType.BLANK, percentage.getCellType(), "a percentage has no Nam = Tổng − Nữ");
        }
    }

    @Test
    void sheetsAreProtectedWithOnlyTheKeyedInputCellsUnlocked() throws IOException {
        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(SampleForm.form()))) {
            List<String> unlocked = new ArrayList<>();
            for (String name : List.of("I.1", "II.3")) {
                XSSFSheet sheet = workbook.getSheet(name);
                assertTrue(sheet.getProtect(), name + " is protected");
                assertFalse(sheet.isFormatColumnsLocked(), "columns may be resized");
                assertTrue(sheet.isInsertColumnsLocked() && sheet.isDeleteColumnsLocked(), "the layout is fixed");
                assertTrue(sheet.isColumnHidden(FormLayout.TOTAL_KEY_COLUMN));
                assertTrue(sheet.isColumnHidden(FormLayout.FEMALE_KEY_COLUMN));
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (!cell.getCellStyle().getLocked()) {
                            unlocked.add(name + "!" + cell.getAddress());
                        }
                    }
                }
            }
            List<String> inputs = SampleForm.expectedValues().keySet().stream()
                    .map(key -> SampleForm.inputCell(workbook, key))
                    .map(cell -> cell.getSheet().getSheetName() + "!" + cell.getAddress())
                    .toList();
            assertEquals(inputs, unlocked);
            assertTrue(workbook.isStructureLocked());
        }
    }

    @Test
    void theTokenIsInAVeryHiddenSheetAndTheHeaderRowIsBoldAndFrozen() throws IOException {
        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(SampleForm.form()))) {
            int tokenSheet = workbook.getSheetIndex(FormLayout.TOKEN_SHEET);
            assertEquals(SheetVisibility.VERY_HIDDEN, workbook.getSheetVisibility(tokenSheet));
            assertEquals(0, workbook.getActiveSheetIndex());

            XSSFSheet sheet = workbook.getSheet("I.1");
            assertEquals(SampleForm.form().title(), sheet.getRow(0).getCell(0).getStringCellValue());
            Row header = sheet.getRow(FormLayout.HEADER_ROW);
            assertEquals(List.of("Chỉ tiêu", "Đơn vị tính", "Tổng", "Nữ", "Nam"), texts(header));
            assertTrue(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold());
            assertEquals(FormLayout.FIRST_LINE_ROW, sheet.getPaneInformation().getHorizontalSplitPosition());
            assertTrue(sheet.getPaneInformation().isFreezePane());
            assertTrue(sheet.getColumnWidth(FormLayout.NAME_COLUMN) >= 40 * 256);
        }
    }

    @Test
    void yesNoInputsOfferTheTwoLabelsAsAList() throws IOException {
        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(SampleForm.form()))) {
            List<? extends DataValidation> validations = workbook.getSheet("I.1").getDataValidations();

            assertEquals(1, validations.size());
            DataValidation validation = validations.get(0);
            assertEquals(DataValidationConstraint.ValidationType.LIST,
                    validation.getValidationConstraint().getValidationType());
            assertEquals(List.of("Có", "Không"),
                    Arrays.asList(validation.getValidationConstraint().getExplicitListValues()));
            assertEquals(List.of(CellRangeAddress.valueOf("C7"), CellRangeAddress.valueOf("C8")),
                    Arrays.asList(validation.getRegions().getCellRangeAddresses()));
            assertEquals(List.of(), workbook.getSheet("II.3").getDataValidations());
        }
    }

    @Test
    void editsMadeInTheSheetAreReadBackAsTheUserSeesThem() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            SampleForm.inputCell(workbook, "BDG-01").setCellValue(2000);
            SampleForm.inputCell(workbook, "BDG-01.nu").setCellValue(" 1.000 ");
            SampleForm.inputCell(workbook, "BDG-01[Nhóm=GV]").setBlank();
            SampleForm.inputCell(workbook, "BDG-01[Nhóm=GV].nu").setCellValue("   ");
            SampleForm.inputCell(workbook, "BDG-03").setCellValue("Không");
            SampleForm.inputCell(workbook, "BDG-10").setCellValue(0.1 + 0.2);
            SampleForm.inputCell(workbook, "BDG-11").setCellFormula("2+3");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
        });

        WorkbookContent content = ReportWorkbookReader.read(edited);

        assertEquals(List.of(), content.problems());
        Map<String, Object> expected = SampleForm.expectedValues();
        expected.put("BDG-01", new BigDecimal("2000"));
        expected.put("BDG-01.nu", "1.000");
        expected.put("BDG-01[Nhóm=GV]", null);
        expected.put("BDG-01[Nhóm=GV].nu", null);
        expected.put("BDG-03", "Không");
        expected.put("BDG-10", new BigDecimal("0.30000000000000004"));
        expected.put("BDG-11", new BigDecimal("5"));
        assertEquals(expected, SampleForm.values(content));
        assertTrue(entry(content, "BDG-01[Nhóm=GV]").isBlank());
    }

    @Test
    void aNumberTypedAsAPercentageCountsInPercentAndADateStaysText() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            Cell percent = SampleForm.inputCell(workbook, "BDG-10");
            percent.setCellValue(0.455);
            percent.setCellStyle(styleWithFormat(workbook, "0.0%"));
            Cell date = SampleForm.inputCell(workbook, "BDG-11");
            date.setCellValue(44197);
            date.setCellStyle(styleWithFormat(workbook, "dd/mm/yyyy"));
        });

        WorkbookContent content = ReportWorkbookReader.read(edited);

        assertEquals(new BigDecimal("45.5"), entry(content, "BDG-10").number());
        assertEquals(new Entry("BDG-11", "II.3", "C5", "01/01/2021", null), entry(content, "BDG-11"));
    }

    @Test
    void inlineStringsAreReadLikeSharedOnes() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            XSSFCell cell = (XSSFCell) SampleForm.inputCell(workbook, "BDG-03");
            cell.getCTCell().setT(STCellType.INLINE_STR);
            cell.getCTCell().addNewIs().setT(" Có ");
        });

        assertEquals("Có", entry(ReportWorkbookReader.read(edited), "BDG-03").text());
    }

    @Test
    void sheetNamesComeFromTheTaskCodesWithinExcelsRulesAndAreUnique() throws IOException {
        List<String> codes = List.of("I.1", "II/3", "II:3", "[III]", "i.1", "  ", FormLayout.TOKEN_SHEET, "History",
                "'IV'", "Nhiệm vụ 5: tăng cường năng lực cho đội ngũ", "Nhiệm vụ 5: tăng cường năng lực cho đội ngũ");
        List<FormSheet> sheets = codes.stream()
                .map(code -> new FormSheet(code, "Nhiệm vụ", List.<FormLine>of()))
                .toList();
        FormWorkbook form = new FormWorkbook("Báo cáo", "t", SampleForm.form().headers(), "Có", "Không", sheets);

        try (XSSFWorkbook workbook = open(ReportWorkbookWriter.write(form))) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));

            assertEquals(List.of("I.1", "II_3", "II_3 (2)", "_III_", "i.1 (2)", "6", "bdg_form (2)", "History (2)",
                    "_IV_", "Nhiệm vụ 5_ tăng cường năng lực", "Nhiệm vụ 5_ tăng cường năng (2)",
                    FormLayout.TOKEN_SHEET), names);
            assertTrue(names.stream().allMatch(name -> name.length() <= SheetNames.MAX_LENGTH));
        }
    }

    @Test
    void contentThatIsNoWorkbookIsRefusedAsNotXlsxWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        byte[] zipOfText = zip("notes.txt", "Báo cáo".getBytes(StandardCharsets.UTF_8));
        byte[] truncated = Arrays.copyOf(ReportWorkbookWriter.write(SampleForm.form()), 2000);

        for (byte[] content : List.of(png, random, new byte[0], zipOfText, truncated)) {
            WorkbookContent read = ReportWorkbookReader.read(content);
            assertEquals(List.of(new Problem(null, null, Problem.NOT_XLSX, List.of())), read.problems());
            assertNull(read.token());
            assertEquals(List.of(), read.entries());
        }
    }

    @Test
    void aWorkbookWithoutTheTokenSheetIsNotOurForm() {
        byte[] foreign;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Row row = workbook.createSheet("I.1").createRow(3);
            row.createCell(FormLayout.TOTAL_COLUMN).setCellValue(5);
            row.createCell(FormLayout.TOTAL_KEY_COLUMN).setCellValue("BDG-01");
            workbook.write(bytes);
            foreign = bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        WorkbookContent content = ReportWorkbookReader.read(foreign);

        assertEquals(List.of(new Problem(null, null, Problem.NOT_OUR_FORM, List.of())), content.problems());
        assertNull(content.token());
        assertEquals(List.of(), content.entries());
    }

    @Test
    void aFileOverTenMegabytesIsRefusedBeforeItIsOpened() {
        byte[] huge = Arrays.copyOf(new byte[] {'P', 'K', 3, 4}, ReportWorkbookReader.MAX_BYTES + 1);

        assertEquals(List.of(new Problem(null, null, Problem.TOO_LARGE, List.of(10))),
                ReportWorkbookReader.read(huge).problems());
    }

    @Test
    void aManipulatedKeyCellIsABadKeyAndTheOtherInputsAreStillRead() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            XSSFSheet sheet = workbook.getSheet("I.1");
            sheet.getRow(3).getCell(FormLayout.TOTAL_KEY_COLUMN).setCellValue("BDG 01; DROP");
            sheet.getRow(4).getCell(FormLayout.FEMALE_KEY_COLUMN).setCellValue("BDG-01[Nhóm=GV]");
            workbook.getSheet("II.3").getRow(4).getCell(FormLayout.TOTAL_KEY_COLUMN).setCellValue(11);
        });

        WorkbookContent content = ReportWorkbookReader.read(edited);

        assertEquals(List.of(
                new Problem("I.1", "F4", Problem.BAD_KEY, List.of("BDG 01; DROP")),
                new Problem("I.1", "G5", Problem.BAD_KEY, List.of("BDG-01[Nhóm=GV]")),
                new Problem("II.3", "F5", Problem.BAD_KEY, List.of("11"))), content.problems());
        Map<String, Object> expected = SampleForm.expectedValues();
        expected.remove("BDG-01");
        expected.remove("BDG-01[Nhóm=GV].nu");
        expected.remove("BDG-11");
        assertEquals(expected, SampleForm.values(content));
    }

    @Test
    void aKeyThatAppearsTwiceIsReportedAtItsSecondPlace() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook ->
                workbook.getSheet("II.3").getRow(4).getCell(FormLayout.TOTAL_KEY_COLUMN).setCellValue("BDG-01"));

        WorkbookContent content = ReportWorkbookReader.read(edited);

        assertEquals(List.of(new Problem("II.3", "F5", Problem.DUPLICATE_KEY, List.of("BDG-01", "I.1!F4"))),
                content.problems());
        assertEquals(new BigDecimal("1234"), entry(content, "BDG-01").number());
    }

    @Test
    void rowsBeyondTheLimitAreNotReadAndReported() {
        byte[] edited = edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            Row far = workbook.getSheet("II.3").createRow(ReportWorkbookReader.MAX_ROWS);
            far.createCell(FormLayout.TOTAL_COLUMN).setCellValue(9);
            far.createCell(FormLayout.TOTAL_KEY_COLUMN).setCellValue("BDG-99");
        });

        WorkbookContent content = ReportWorkbookReader.read(edited);

        assertEquals(List.of(new Problem("II.3", null, Problem.TOO_MANY_ROWS, List.of(ReportWorkbookReader.MAX_ROWS))),
                content.problems());
        assertEquals(SampleForm.expectedValues(), SampleForm.values(content));
    }

    private static Entry entry(WorkbookContent content, String key) {
        return content.entries().stream().filter(entry -> entry.cellKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + key));
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static CellStyle styleWithFormat(XSSFWorkbook workbook, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    static XSSFWorkbook open(byte[] bytes) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] edit(byte[] bytes, Consumer<XSSFWorkbook> change) {
        try (XSSFWorkbook workbook = open(bytes); ByteArrayOutputStream edited = new ByteArrayOutputStream()) {
            change.accept(workbook);
            workbook.write(edited);
            return edited.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] zip(String name, byte[] content) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
