package vn.bdg.infrastructure.spreadsheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of one form workbook, created once because a workbook holds at most 64,000 of them.
 * Every style is locked except the inputs', which is what sheet protection enforces; inputs are tinted
 * so users see at a glance where they may type, computed values are grey.
 */
final class FormStyles {

    /** Excel shows these with the separators of the user's locale: "1.234" and "12,5" in Vietnamese. */
    static final String WHOLE_FORMAT = "#,##0";
    static final String DECIMAL_FORMAT = "#,##0.0##";

    private static final byte[] INPUT_TINT = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    private static final byte[] COMPUTED_TINT = {(byte) 0xF2, (byte) 0xF2, (byte) 0xF2};
    private static final byte[] HEADER_TINT = {(byte) 0xD9, (byte) 0xD9, (byte) 0xD9};

    private final XSSFWorkbook workbook;

    final CellStyle title;
    final CellStyle section;
    final CellStyle header;
    final CellStyle label;
    final CellStyle category;
    final CellStyle unit;
    final CellStyle yesNoInput;
    final CellStyle computedText;
    final CellStyle notApplicable;
    private final CellStyle wholeInput;
    private final CellStyle decimalInput;
    private final CellStyle wholeComputed;
    private final CellStyle decimalComputed;

    FormStyles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        title = plain(boldFont(14));
        section = plain(boldFont(12));
        header = bordered(boldFont(11), HEADER_TINT);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setWrapText(true);
        label = bordered(null, null);
        label.setWrapText(true);
        category = bordered(null, null);
        category.setWrapText(true);
        category.setIndention((short) 2);
        unit = bordered(null, null);
        unit.setAlignment(HorizontalAlignment.CENTER);
        yesNoInput = input(null);
        yesNoInput.setAlignment(HorizontalAlignment.CENTER);
        computedText = bordered(null, COMPUTED_TINT);
        computedText.setAlignment(HorizontalAlignment.RIGHT);
        notApplicable = bordered(null, COMPUTED_TINT);
        wholeInput = input(WHOLE_FORMAT);
        decimalInput = input(DECIMAL_FORMAT);
        wholeComputed = numeric(bordered(null, COMPUTED_TINT), WHOLE_FORMAT);
        decimalComputed = numeric(bordered(null, COMPUTED_TINT), DECIMAL_FORMAT);
    }

    CellStyle input(boolean decimal) {
        return decimal ? decimalInput : wholeInput;
    }

    CellStyle computed(boolean decimal) {
        return decimal ? decimalComputed : wholeComputed;
    }

    private XSSFCellStyle input(String format) {
        XSSFCellStyle style = bordered(null, INPUT_TINT);
        style.setLocked(false);
        return format == null ? style : numeric(style, format);
    }

    private XSSFCellStyle numeric(XSSFCellStyle style, String format) {
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }

    private XSSFCellStyle plain(XSSFFont font) {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }

    private XSSFCellStyle bordered(XSSFFont font, byte[] tint) {
        XSSFCellStyle style = workbook.createCellStyle();
        if (font != null) {
            style.setFont(font);
        }
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        if (tint != null) {
            style.setFillForegroundColor(new XSSFColor(tint, null));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return style;
    }

    private XSSFFont boldFont(int points) {
        XSSFFont font = workbook.createFont();
        font.setBold(true);
        font.setFontHeightInPoints((short) points);
        return font;
    }
}
