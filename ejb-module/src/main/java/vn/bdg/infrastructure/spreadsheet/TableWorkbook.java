package vn.bdg.infrastructure.spreadsheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
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
 * Lists as an XLSX workbook, a sheet each, to sort, filter and follow up in Excel: title lines, a bold
 * header row with an auto-filter and frozen above the data, and every value as a real cell: text as
 * text, numbers as numbers, percentages as numbers with a percent format and dates as dates formatted
 * dd/MM/yyyy, never numbers or dates written as text (domain §5: exports use locale-neutral cells).
 */
public final class TableWorkbook {

    /** The widest a column grows, in characters, however long its longest value. */
    private static final int MAX_WIDTH = 60;

    private TableWorkbook() {
    }

    /**
     * A percentage written as a number cell holding the fraction (79,98 % is 0.7998) with a percent
     * format, so that Excel shows it as the page does and still computes with it.
     */
    public record Percent(BigDecimal points) {
    }

    /**
     * One sheet: title lines, then a header row and {@code rows} (each as many values as {@code headers}:
     * String, Number, {@link Percent}, LocalDate or null for an empty cell).
     */
    public record Sheet(String name, List<String> titleLines, List<String> headers, List<List<Object>> rows) {
    }

    /** Writes {@code rows} under the title lines, on one sheet. */
    public static byte[] write(String sheetName, List<String> titleLines, List<String> headers,
                               List<List<Object>> rows) {
        return write(List.of(new Sheet(sheetName, titleLines, headers, rows)));
    }

    /** Writes the sheets in order into one workbook. */
    public static byte[] write(List<Sheet> sheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (Sheet sheet : sheets) {
                write(workbook.createSheet(sheet.name()), sheet, styles);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XSSFSheet sheet, Sheet content, Styles styles) {
        List<String> headers = content.headers();
        int[] widths = new int[headers.size()];
        int rowIndex = 0;
        for (String line : content.titleLines()) {
            Cell cell = sheet.createRow(rowIndex++).createCell(0);
            cell.setCellValue(line);
            cell.setCellStyle(styles.title);
        }
        int headerRow = rowIndex++;
        Row header = sheet.createRow(headerRow);
        for (int column = 0; column < headers.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(headers.get(column));
            cell.setCellStyle(styles.header);
            widths[column] = headers.get(column).length();
        }
        for (List<Object> values : content.rows()) {
            Row row = sheet.createRow(rowIndex++);
            for (int column = 0; column < headers.size(); column++) {
                widths[column] = Math.max(widths[column], write(row, column, values.get(column), styles));
            }
        }
        for (int column = 0; column < widths.length; column++) {
            sheet.setColumnWidth(column, (Math.min(widths[column], MAX_WIDTH) + 2) * 256);
        }
        sheet.createFreezePane(0, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, rowIndex - 1), 0, headers.size() - 1));
    }

    /** Writes one value as its own kind of cell; returns how many characters it shows. */
    private static int write(Row row, int column, Object value, Styles styles) {
        if (value == null) {
            return 0;
        }
        Cell cell = row.createCell(column);
        if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(styles.date);
            return "dd/MM/yyyy".length();
        }
        if (value instanceof Percent percent) {
            cell.setCellValue(percent.points().movePointLeft(2).doubleValue());
            cell.setCellStyle(styles.percent);
            return percent.points().toPlainString().length() + 1;
        }
        if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
            return number.toString().length();
        }
        String text = value.toString();
        cell.setCellValue(text);
        return text.length();
    }

    /** The workbook's cell styles, made once: a workbook holds a limited number of them. */
    private static final class Styles {
        private final CellStyle title;
        private final CellStyle header;
        private final CellStyle date;
        private final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            title.setFont(bold(workbook, (short) 13));
            header = headerStyle(workbook);
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/MM/yyyy"));
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("0.00%"));
        }
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
