package vn.bdg.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A list as a one-sheet XLSX workbook to sort, filter and follow up in Excel: title lines, a bold header
 * row with an auto-filter and frozen above the data, and every value as a real cell: text as text,
 * numbers as numbers and dates as dates formatted dd/MM/yyyy, never numbers or dates written as text
 * (domain §5: exports use locale-neutral cells).
 */
public final class TableWorkbook {

    /** The widest a column grows, in characters, however long its longest value. */
    private static final int MAX_WIDTH = 60;

    private TableWorkbook() {
    }

    /**
     * Writes {@code rows} (each as many values as {@code headers}: String, Number, LocalDate or null for
     * an empty cell) under the title lines.
     */
    public static byte[] write(String sheetName, List<String> titleLines, List<String> headers,
                               List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet(sheetName);
            CellStyle titleStyle = workbook.createCellStyle();
            titleStyle.setFont(bold(workbook, (short) 13));
            CellStyle headerStyle = headerStyle(workbook);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/MM/yyyy"));
            int[] widths = new int[headers.size()];

            int rowIndex = 0;
            for (String line : titleLines) {
                Cell cell = sheet.createRow(rowIndex++).createCell(0);
                cell.setCellValue(line);
                cell.setCellStyle(titleStyle);
            }
            int headerRow = rowIndex++;
            Row header = sheet.createRow(headerRow);
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(headerStyle);
                widths[column] = headers.get(column).length();
            }
            for (List<Object> values : rows) {
                Row row = sheet.createRow(rowIndex++);
                for (int column = 0; column < headers.size(); column++) {
                    widths[column] = Math.max(widths[column], write(row, column, values.get(column), dateStyle));
                }
            }
            for (int column = 0; column < widths.length; column++) {
                sheet.setColumnWidth(column, (Math.min(widths[column], MAX_WIDTH) + 2) * 256);
            }
            sheet.createFreezePane(0, headerRow + 1);
            sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, headers.size() - 1));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one value as its own kind of cell; returns how many characters it shows. */
    private static int write(Row row, int column, Object value, CellStyle dateStyle) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
            return "dd/MM/yyyy".length();
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        String text = value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold(workbook, (short) 11));
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        style.setWrapText(true);
        return style;
    }

    private static Font bold(XSSFWorkbook workbook, short points) {
        Font font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints(points);
        return font;
    }
}
