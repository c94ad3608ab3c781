package vn.bdg.it.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Changes a downloaded report workbook the way a person would in a spreadsheet program, with Apache POI:
 * finds an input by its indicator's cell key (kept in a hidden column of its row) and the header of its
 * column ("Tổng số" or "Trong đó: Nữ"), and types a number or a text into it, or clears it.
 */
public final class FormCells {

    private static final String TOTAL_HEADER = "Tổng số";
    private static final String FEMALE_HEADER = "Trong đó: Nữ";

    private FormCells() {
    }

    /** The workbook with each key's input set: a Number as a numeric cell, a String as text, null cleared. */
    public static byte[] edit(byte[] xlsx, Map<String, Object> byKey) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            byKey.forEach((key, value) -> {
                Cell input = input(workbook, key);
                if (value == null) {
                    input.setBlank();
                } else if (value instanceof Number number) {
                    input.setCellValue(number.doubleValue());
                } else {
                    input.setCellValue(value.toString());
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the key's input shows: a number as its value, text as it is, "" when blank. */
    public static String shown(byte[] xlsx, String key) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell input = input(workbook, key);
            return switch (input.getCellType()) {
                case NUMERIC -> java.math.BigDecimal.valueOf(input.getNumericCellValue()).stripTrailingZeros().toPlainString();
                case STRING -> input.getStringCellValue();
                default -> "";
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the key's input is, as "sheet!A1". */
    public static String where(byte[] xlsx, String key) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Cell input = input(workbook, key);
            return input.getSheet().getSheetName() + "!" + input.getAddress().formatAsString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Cell input(Workbook workbook, String key) {
        for (Sheet sheet : workbook) {
            Integer column = null;
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() != CellType.STRING) {
                        continue;
                    }
                    String text = cell.getStringCellValue();
                    if (column == null && text.equals(key.endsWith(".nu") ? FEMALE_HEADER : TOTAL_HEADER)) {
                        column = cell.getColumnIndex();
                    } else if (column != null && text.equals(key)) {
                        Cell input = row.getCell(column);
                        return input != null ? input : row.createCell(column);
                    }
                }
            }
        }
        throw new AssertionError("No input for " + key + " in the workbook");
    }
}
