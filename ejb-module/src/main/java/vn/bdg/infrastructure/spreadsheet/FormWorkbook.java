package vn.bdg.infrastructure.spreadsheet;

import java.util.List;
import java.util.Objects;

/** What the downloadable report form holds. */
public record FormWorkbook(String title,          // row 1 of each sheet: the round and the unit
                           String reportToken,    // opaque; identifies report and version, read back from the upload
                           List<String> headers,  // [name, unit, total, female, male] in the reader's language
                           String yesLabel, String noLabel, // what a yes/no input offers
                           List<FormSheet> sheets) {

    /** Labels of the name, unit, total, female and male columns, in this order. */
    public static final int HEADER_COUNT = 5;

    public FormWorkbook {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reportToken, "reportToken");
        Objects.requireNonNull(yesLabel, "yesLabel");
        Objects.requireNonNull(noLabel, "noLabel");
        headers = List.copyOf(headers);
        sheets = List.copyOf(sheets);
        if (headers.size() != HEADER_COUNT) {
            throw new IllegalArgumentException("headers must be [name, unit, total, female, male], got " + headers);
        }
        if (sheets.isEmpty()) {
            throw new IllegalArgumentException("a workbook needs at least one visible sheet");
        }
    }

    /** One task section: one sheet, named after its code. */
    public record FormSheet(String code, String title, List<FormLine> lines) {

        public FormSheet {
            lines = List.copyOf(lines);
        }
    }

    /**
     * One row. NUMBER: a total input, and a female input when {@code femaleKey} is set, with Nam computed
     * by a formula, except for a {@code percentage} (the share of men reached is not Tổng − Nữ). CATEGORY: the same, indented under its indicator. YES_NO: one input offering the yes
     * and no labels. DERIVED: a computed value, shown but not editable. The texts are the current values
     * as the web form shows them ("1.234", "12,5"), or null when empty.
     */
    public record FormLine(Kind kind, String label, String unit, String totalKey, String femaleKey,
                           String totalText, String femaleText, boolean percentage) {

        public enum Kind { NUMBER, CATEGORY, YES_NO, DERIVED }

        public FormLine {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(label, "label");
            if (kind != Kind.DERIVED && totalKey == null) {
                throw new IllegalArgumentException("an input line needs its total key: " + label);
            }
        }
    }
}
