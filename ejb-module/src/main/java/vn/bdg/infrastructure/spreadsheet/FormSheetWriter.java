package vn.bdg.infrastructure.spreadsheet;

import static vn.bdg.infrastructure.spreadsheet.FormLayout.FEMALE_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.FEMALE_KEY_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.FIRST_LINE_ROW;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.HEADER_ROW;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.MALE_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.NAME_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.SECTION_ROW;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.TITLE_ROW;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.TOTAL_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.TOTAL_KEY_COLUMN;
import static vn.bdg.infrastructure.spreadsheet.FormLayout.UNIT_COLUMN;

import java.math.BigDecimal;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.VietnameseNumber;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormLine;
import vn.bdg.infrastructure.spreadsheet.FormWorkbook.FormSheet;

/** Lays out one task section on its sheet and protects it, leaving only the inputs editable. */
final class FormSheetWriter {

    private static final int NAME_WIDTH = 60;
    private static final int UNIT_WIDTH = 16;
    private static final int VALUE_WIDTH = 14;
    private static final float LINE_HEIGHT_POINTS = 15f;

    private final XSSFSheet sheet;
    private final FormWorkbook form;
    private final FormStyles styles;
    private final CellRangeAddressList yesNoInputs = new CellRangeAddressList();

    FormSheetWriter(XSSFSheet sheet, FormWorkbook form, FormStyles styles) {
        this.sheet = sheet;
        this.form = form;
        this.styles = styles;
    }

    void write(FormSheet section) {
        heading(TITLE_ROW, form.title(), styles.title);
        heading(SECTION_ROW, section.title() == null ? section.code() : section.title(), styles.section);
        Row header = sheet.createRow(HEADER_ROW);
        for (int column = NAME_COLUMN; column <= MALE_COLUMN; column++) {
            text(header, column, form.headers().get(column), styles.header);
        }
        int rowIndex = FIRST_LINE_ROW;
        for (FormLine line : section.lines()) {
            line(sheet.createRow(rowIndex++), line);
        }
        offerYesNo();
        arrange();
        protect();
    }

    private void heading(int rowIndex, String text, CellStyle style) {
        text(sheet.createRow(rowIndex), NAME_COLUMN, text, style);
        sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, NAME_COLUMN, MALE_COLUMN));
    }

    private void line(Row row, FormLine line) {
        text(row, NAME_COLUMN, line.label(), line.kind() == FormLine.Kind.CATEGORY ? styles.category : styles.label);
        text(row, UNIT_COLUMN, line.unit(), styles.unit);
        switch (line.kind()) {
            case NUMBER, CATEGORY -> numberInputs(row, line);
            case YES_NO -> yesNoInput(row, line);
            case DERIVED -> derivedValues(row, line);
        }
        int labelLines = 1 + line.label().length() / (NAME_WIDTH - 4);
        if (labelLines > 1) {
            row.setHeightInPoints(labelLines * LINE_HEIGHT_POINTS);
        }
    }

    private void numberInputs(Row row, FormLine line) {
        boolean decimal = showsDecimals(line);
        value(row, TOTAL_COLUMN, line.totalText(), styles.input(decimal), styles.input(decimal));
        text(row, TOTAL_KEY_COLUMN, line.totalKey(), null);
        if (line.femaleKey() == null) {
            text(row, FEMALE_COLUMN, null, styles.notApplicable);
            text(row, MALE_COLUMN, null, styles.notApplicable);
            return;
        }
        value(row, FEMALE_COLUMN, line.femaleText(), styles.input(decimal), styles.input(decimal));
        text(row, FEMALE_KEY_COLUMN, line.femaleKey(), null);
        if (line.percentage()) {
            text(row, MALE_COLUMN, null, styles.notApplicable);
            return;
        }
        String total = new CellReference(row.getRowNum(), TOTAL_COLUMN).formatAsString();
        String female = new CellReference(row.getRowNum(), FEMALE_COLUMN).formatAsString();
        Cell male = row.createCell(MALE_COLUMN);
        // Blank until both parts are numbers, so an unfilled line shows no misleading 0 or #VALUE!.
        male.setCellFormula("IF(AND(ISNUMBER(" + total + "),ISNUMBER(" + female + ")),"
                + total + "-" + female + ",\"\")");
        male.setCellStyle(styles.computed(decimal));
    }

    private void yesNoInput(Row row, FormLine line) {
        text(row, TOTAL_COLUMN, line.totalText(), styles.yesNoInput);
        text(row, TOTAL_KEY_COLUMN, line.totalKey(), null);
        text(row, FEMALE_COLUMN, null, styles.notApplicable);
        text(row, MALE_COLUMN, null, styles.notApplicable);
        yesNoInputs.addCellRangeAddress(row.getRowNum(), TOTAL_COLUMN, row.getRowNum(), TOTAL_COLUMN);
    }

    private void derivedValues(Row row, FormLine line) {
        boolean decimal = showsDecimals(line);
        value(row, TOTAL_COLUMN, line.totalText(), styles.computed(decimal), styles.computedText);
        value(row, FEMALE_COLUMN, line.femaleText(), styles.computed(decimal), styles.computedText);
        text(row, MALE_COLUMN, null, styles.notApplicable);
    }

    /**
     * One number format per line, so total, female and male agree. A whole-number format would show a
     * typed 12,5 as 13, so decimals are shown where the values have them or the unit is a percentage.
     */
    private static boolean showsDecimals(FormLine line) {
        return (line.unit() != null && line.unit().contains("%"))
                || fractional(line.totalText()) || fractional(line.femaleText());
    }

    private static boolean fractional(String text) {
        return number(text).map(n -> n.stripTrailingZeros().scale() > 0).orElse(false);
    }

    /** The number a shown text reads as ("1.234", "12,5"), or empty when it is not one. */
    private static Optional<BigDecimal> number(String text) {
        try {
            return Optional.ofNullable(VietnameseNumber.parse(text, VietnameseNumber.Kind.DECIMAL, ""));
        } catch (BusinessException notANumber) {
            return Optional.empty();
        }
    }

    /** A number where the text reads as one, so Excel can add it up; otherwise the text as it was shown. */
    private static void value(Row row, int column, String text, CellStyle numberStyle, CellStyle textStyle) {
        Optional<BigDecimal> number = number(text);
        if (number.isPresent()) {
            Cell cell = row.createCell(column);
            cell.setCellValue(number.get().doubleValue());
            cell.setCellStyle(numberStyle);
        } else {
            text(row, column, text, textStyle);
        }
    }

    private static void text(Row row, int column, String text, CellStyle style) {
        Cell cell = row.createCell(column);
        if (text != null && !text.isEmpty()) {
            cell.setCellValue(text);
        }
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private void offerYesNo() {
        if (yesNoInputs.countRanges() == 0) {
            return;
        }
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(new String[] {form.yesLabel(), form.noLabel()}), yesNoInputs);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    private void arrange() {
        sheet.setColumnWidth(NAME_COLUMN, NAME_WIDTH * 256);
        sheet.setColumnWidth(UNIT_COLUMN, UNIT_WIDTH * 256);
        for (int column = TOTAL_COLUMN; column <= MALE_COLUMN; column++) {
            sheet.setColumnWidth(column, VALUE_WIDTH * 256);
        }
        sheet.setColumnHidden(TOTAL_KEY_COLUMN, true);
        sheet.setColumnHidden(FEMALE_KEY_COLUMN, true);
        sheet.createFreezePane(0, FIRST_LINE_ROW);
        sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
        sheet.setFitToPage(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
    }

    /**
     * Without a password: protection keeps users from overtyping labels, keys and formulas by mistake,
     * it is no security (anyone may lift it, and the upload is validated anyway). Columns and rows may
     * still be resized and formatted.
     */
    private void protect() {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
        sheet.lockSelectLockedCells(false);
        sheet.lockSelectUnlockedCells(false);
    }
}
