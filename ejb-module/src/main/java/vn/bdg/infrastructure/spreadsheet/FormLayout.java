package vn.bdg.infrastructure.spreadsheet;

/**
 * Where the writer puts things and the reader finds them. The reader learns which key an input has
 * from the hidden key cells of its row, so the order of rows may change between versions of a form;
 * the columns are fixed, and sheet protection stops users inserting or deleting any.
 */
final class FormLayout {

    static final int TITLE_ROW = 0;
    static final int SECTION_ROW = 1;
    static final int HEADER_ROW = 2;
    static final int FIRST_LINE_ROW = 3;

    static final int NAME_COLUMN = 0;
    static final int UNIT_COLUMN = 1;
    static final int TOTAL_COLUMN = 2;
    static final int FEMALE_COLUMN = 3;
    static final int MALE_COLUMN = 4;
    static final int TOTAL_KEY_COLUMN = 5;
    static final int FEMALE_KEY_COLUMN = 6;

    /** Very hidden, so users of Excel cannot even unhide it; found by name. */
    static final String TOKEN_SHEET = "bdg_form";
    static final int TOKEN_ROW = 0;
    static final int TOKEN_COLUMN = 0;

    private FormLayout() {
    }
}
