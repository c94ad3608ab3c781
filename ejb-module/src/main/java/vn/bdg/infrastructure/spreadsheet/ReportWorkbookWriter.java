package vn.bdg.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormSheet;

/**
 * Writes the report form as an XLSX workbook to fill offline: one protected sheet per task section,
 * values prefilled as numbers, the key of every input in hidden columns of its row and the report
 * token in a very hidden sheet, so {@link ReportWorkbookReader} can tell what an upload is.
 */
public final class ReportWorkbookWriter {

    private ReportWorkbookWriter() {
    }

    public static byte[] write(FormWorkbook form) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            FormStyles styles = new FormStyles(workbook);
            SheetNames names = new SheetNames(FormLayout.TOKEN_SHEET);
            int position = 1;
            for (FormSheet section : form.sheets()) {
                XSSFSheet sheet = workbook.createSheet(names.claim(section.code(), position++));
                new FormSheetWriter(sheet, form, styles).write(section);
            }
            writeToken(workbook, form.reportToken());
            workbook.setActiveSheet(0);
            // Excel users must not add, copy or rename sheets. Calc drops this lock when it saves, which is
            // why the reader reports a key found twice instead of trusting that sheets are never copied.
            workbook.lockStructure();
            // Cached results let programs that do not recalculate on load show the Nam column at once.
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.setForceFormulaRecalculation(true);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeToken(XSSFWorkbook workbook, String token) {
        XSSFSheet sheet = workbook.createSheet(FormLayout.TOKEN_SHEET);
        sheet.createRow(FormLayout.TOKEN_ROW).createCell(FormLayout.TOKEN_COLUMN).setCellValue(token);
        sheet.enableLocking();
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
