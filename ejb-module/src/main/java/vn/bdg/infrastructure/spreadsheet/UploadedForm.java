package vn.bdg.infrastructure.spreadsheet;

import static vn.bdg.infrastructure.spreadsheet.FormLayout.FEMALE_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.FEMALE_KEY_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.TOTAL_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.TOTAL_KEY_COLUMN;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bdg.domain.model.report.CellKey;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent.Entry;
import vn.bdg.infrastructure.spreadsheet.WorkbookContent.Problem;

/** One opened workbook, scanned for the token and for every input whose row carries a key. */
final class UploadedForm {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final XSSFWorkbook workbook;
    private final int maxRows;
    private final DataFormatter formatter = new DataFormatter();
    private final List<Entry> entries = new ArrayList<>();
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> placeOfKey = new HashMap<>();

    UploadedForm(XSSFWorkbook workbook, int maxRows) {
        this.workbook = workbook;
        this.maxRows = maxRows;
    }

    WorkbookContent content() {
        String token = token();
        if (token == null) {
            return new WorkbookContent(null, List.of(), List.of(Problem.ofFile(Problem.NOT_OUR_FORM)));
        }
        for (Sheet sheet : workbook) {
            if (!sheet.getSheetName().equalsIgnoreCase(FormLayout.TOKEN_SHEET)) {
                scan(sheet);
            }
        }
        return new WorkbookContent(token, entries, problems);
    }

    private String token() {
        Sheet sheet = workbook.getSheet(FormLayout.TOKEN_SHEET);
        Row row = sheet == null ? null : sheet.getRow(FormLayout.TOKEN_ROW);
        Cell cell = row == null ? null : row.getCell(FormLayout.TOKEN_COLUMN);
        if (cell == null || cell.getCellType() != CellType.STRING || cell.getStringCellValue().isBlank()) {
            return null;
        }
        return cell.getStringCellValue().strip();
    }

    private void scan(Sheet sheet) {
        if (sheet.getLastRowNum() >= maxRows) {
            problems.add(Problem.at(sheet.getSheetName(), null, Problem.TOO_MANY_ROWS, maxRows));
        }
        for (Row row : sheet) {
            if (row.getRowNum() >= maxRows) {
                break;
            }
            input(sheet, row, TOTAL_KEY_COLUMN, TOTAL_COLUMN, false);
            input(sheet, row, FEMALE_KEY_COLUMN, FEMALE_COLUMN, true);
        }
    }

    private void input(Sheet sheet, Row row, int keyColumn, int inputColumn, boolean female) {
        Cell keyCell = row.getCell(keyColumn);
        String keyText = keyCell == null ? "" : formatter.formatCellValue(keyCell).strip();
        if (keyText.isEmpty()) {
            return;
        }
        String sheetName = sheet.getSheetName();
        String keyRef = ref(row, keyColumn);
        if (keyCell.getCellType() != CellType.STRING || !isKeyOfColumn(keyText, female)) {
            problems.add(Problem.at(sheetName, keyRef, Problem.BAD_KEY, keyText));
            return;
        }
        String place = sheetName + "!" + keyRef;
        String first = placeOfKey.putIfAbsent(keyText, place);
        if (first != null) {
            problems.add(Problem.at(sheetName, keyRef, Problem.DUPLICATE_KEY, keyText, first));
            return;
        }
        entries.add(value(keyText, sheetName, ref(row, inputColumn), row.getCell(inputColumn)));
    }

    /**
     * The writer writes keys as text, in their canonical form, totals and female parts in their own
     * columns; anything else means someone edited the hidden cells.
     */
    private static boolean isKeyOfColumn(String text, boolean female) {
        try {
            CellKey key = CellKey.parse(text);
            return key.female() == female && key.toString().equals(text);
        } catch (BusinessException e) {
            return false;
        }
    }

    private Entry value(String key, String sheet, String ref, Cell cell) {
        CellType type = cell == null ? CellType.BLANK : cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case NUMERIC -> numeric(key, sheet, ref, cell);
            case STRING -> {
                String text = cell.getStringCellValue().strip();
                yield new Entry(key, sheet, ref, text.isEmpty() ? null : text, null);
            }
            case BOOLEAN -> new Entry(key, sheet, ref, cell.getBooleanCellValue() ? "TRUE" : "FALSE", null);
            case ERROR -> new Entry(key, sheet, ref, ((XSSFCell) cell).getErrorCellString(), null);
            default -> new Entry(key, sheet, ref, null, null);
        };
    }

    /**
     * The number the user sees, not its binary neighbour: 12.5 rather than 12.4999…, whole numbers
     * without a negative scale. A cell shown as a date keeps that text, and one shown as a percentage
     * counts in percent (45% is 45), as the user meant it.
     */
    private Entry numeric(String key, String sheet, String ref, Cell cell) {
        double value = cell.getNumericCellValue();
        String format = cell.getCellStyle().getDataFormatString();
        if (!Double.isFinite(value) || DateUtil.isCellDateFormatted(cell)) {
            String shown = formatter.formatRawCellContents(value, cell.getCellStyle().getDataFormat(), format);
            return new Entry(key, sheet, ref, shown.strip(), null);
        }
        BigDecimal number = BigDecimal.valueOf(value);
        if (format != null && format.contains("%")) {
            number = number.multiply(HUNDRED);
        }
        number = number.stripTrailingZeros();
        return new Entry(key, sheet, ref, null, number.scale() < 0 ? number.setScale(0) : number);
    }

    private static String ref(Row row, int column) {
        return new CellReference(row.getRowNum(), column).formatAsString();
    }
}
