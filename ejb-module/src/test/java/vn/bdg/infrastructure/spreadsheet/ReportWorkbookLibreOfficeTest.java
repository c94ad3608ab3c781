package vn.bdg.infrastructure.spreadsheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Units fill the form in LibreOffice Calc as often as in Excel, so the form must survive Calc's own
 * way of saving XLSX: its string table, its number cells, formula results it computed itself. Runs
 * the real soffice. As with Chromium and PostgreSQL, a developer machine without it reports the test
 * skipped with the reason; under CI (CI=true, where .ci/run installs it) a missing soffice fails it, so
 * the round trip can never silently stop being checked.
 */
class ReportWorkbookLibreOfficeTest {

    private static final long TIMEOUT_SECONDS = 120;
    private static final List<String> CANDIDATES = List.of("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice",
            "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice");

    @TempDir
    Path work;

    @Test
    void aFormResavedByLibreOfficeCalcKeepsItsKeysValuesTokenAndProtection() throws Exception {
        // What a user types in Calc before saving: a formula (Calc stores its result) and a number as text.
        byte[] filled = ReportWorkbookTest.edit(ReportWorkbookWriter.write(SampleForm.form()), workbook -> {
            SampleForm.inputCell(workbook, "BDG-01[Nhóm=CBQL]").setCellFormula("200+34");
            SampleForm.inputCell(workbook, "BDG-01[Nhóm=CBQL].nu").setCellValue("1.000");
        });
        Map<String, Object> expected = SampleForm.expectedValues();
        expected.put("BDG-01[Nhóm=CBQL]", new BigDecimal("234"));
        expected.put("BDG-01[Nhóm=CBQL].nu", "1.000");

        byte[] resaved = resaveWithLibreOffice(filled);

        WorkbookContent content = ReportWorkbookReader.read(resaved);
        assertEquals(List.of(), content.problems());
        assertEquals(SampleForm.TOKEN, content.token());
        assertEquals(expected, SampleForm.values(content));
        assertEquals(refs(ReportWorkbookReader.read(filled)), refs(content));
        try (XSSFWorkbook workbook = ReportWorkbookTest.open(resaved)) {
            assertStillProtected(workbook, expected.keySet().stream().toList());
            Cell male = workbook.getSheet("I.1").getRow(3).getCell(FormLayout.MALE_COLUMN);
            assertEquals(CellType.FORMULA, male.getCellType());
            assertEquals(617.0, male.getNumericCellValue());
            // Calc keeps the token sheet hidden, though only as "hidden": it knows no "very hidden".
            assertNotEquals(SheetVisibility.VISIBLE,
                    workbook.getSheetVisibility(workbook.getSheetIndex(FormLayout.TOKEN_SHEET)));
        }
    }

    private static void assertStillProtected(XSSFWorkbook workbook, List<String> keys) {
        List<String> unlocked = new ArrayList<>();
        for (String name : List.of("I.1", "II.3")) {
            XSSFSheet sheet = workbook.getSheet(name);
            assertTrue(sheet.getProtect(), name + " is still protected");
            assertTrue(sheet.isColumnHidden(FormLayout.TOTAL_KEY_COLUMN), name + " still hides its total keys");
            assertTrue(sheet.isColumnHidden(FormLayout.FEMALE_KEY_COLUMN), name + " still hides its female keys");
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (!cell.getCellStyle().getLocked()) {
                        unlocked.add(name + "!" + cell.getAddress());
                    }
                }
            }
        }
        List<String> inputs = keys.stream()
                .map(key -> SampleForm.inputCell(workbook, key))
                .map(cell -> cell.getSheet().getSheetName() + "!" + cell.getAddress())
                .toList();
        assertEquals(inputs, unlocked, "exactly the inputs are unlocked");
        List<? extends DataValidation> validations = workbook.getSheet("I.1").getDataValidations();
        assertEquals(1, validations.size());
        assertEquals(List.of("Có", "Không"),
                Arrays.asList(validations.get(0).getValidationConstraint().getExplicitListValues()));
    }

    private static List<String> refs(WorkbookContent content) {
        return content.entries().stream()
                .map(entry -> entry.cellKey() + "@" + entry.sheet() + "!" + entry.ref())
                .toList();
    }

    private byte[] resaveWithLibreOffice(byte[] xlsx) throws IOException, InterruptedException {
        String missing = "LibreOffice is not installed: no soffice on the PATH or in " + CANDIDATES
                + ". Install it (Debian: apt-get install libreoffice-calc-nogui) to check that forms re-saved by"
                + " LibreOffice Calc are still read correctly.";
        if (soffice().isEmpty()) {
            assumeFalse(!"true".equals(System.getenv("CI")), missing);
        }
        String soffice = soffice().orElseGet(() -> fail(missing));
        Path in = Files.createDirectories(work.resolve("in"));
        Path out = Files.createDirectories(work.resolve("out"));
        Files.write(in.resolve("form.xlsx"), xlsx);
        Path log = work.resolve("soffice.log");
        // A profile of its own, so parallel builds and a user's running LibreOffice do not lock each other out.
        String profile = work.resolve("profile").toUri().toString();
        Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out.toString(),
                in.resolve("form.xlsx").toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("soffice did not convert the form within " + TIMEOUT_SECONDS + " s:\n" + read(log));
        }
        Path converted = out.resolve("form.xlsx");
        if (process.exitValue() != 0 || !Files.exists(converted)) {
            fail("soffice failed (exit " + process.exitValue() + "):\n" + read(log));
        }
        return Files.readAllBytes(converted);
    }

    private static Optional<String> soffice() {
        Stream<Path> onPath = Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, "soffice"));
        return Stream.concat(onPath, CANDIDATES.stream().map(Path::of))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "(no output)";
    }
}
