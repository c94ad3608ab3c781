package vn.bdg.infrastructure.document;

/**
 * The page, the font sizes and the spacing of Decree 30/2020 (Phụ lục I), in one place for both writers.
 * Where the Decree gives a range, the value chosen is noted. Lengths are in points unless named in mm.
 */
final class OfficialLayout {

    static final float MARGIN_TOP_MM = 20;
    static final float MARGIN_BOTTOM_MM = 20;
    static final float MARGIN_LEFT_MM = 30;
    static final float MARGIN_RIGHT_MM = 20;
    /** The page number is centred in the top margin, half-way down it. */
    static final float PAGE_NUMBER_FROM_TOP_MM = 10;
    static final float A4_SHORT_SIDE_MM = 210;
    static final float A4_LONG_SIDE_MM = 297;

    static final float PORTRAIT_TEXT_WIDTH = points(A4_SHORT_SIDE_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM);
    static final float LANDSCAPE_TEXT_WIDTH = points(A4_LONG_SIDE_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM);

    /** Agency lines and Quốc hiệu at 12 of the allowed 12–13 pt, so that long school names fit the column. */
    static final float AGENCY_SIZE = 12;
    static final float NATIONAL_TITLE_SIZE = 12;
    static final float MOTTO_SIZE = 13;
    static final float NUMBER_SIZE = 13;
    static final float DATE_SIZE = 14;
    static final float TITLE_SIZE = 14;
    static final float BODY_SIZE = 14;
    static final float TABLE_SIZE = 12;
    static final float RECIPIENTS_LABEL_SIZE = 12;
    static final float RECIPIENTS_SIZE = 11;
    static final float PAGE_NUMBER_SIZE = 13;

    static final float FIRST_LINE_INDENT = points(10);
    /** Lists and quotations step in by the same 1 cm as the first line. */
    static final float INDENT_STEP = points(10);
    static final float PARAGRAPH_SPACING_AFTER = 6;
    /** Single spacing, as Word lays out Times New Roman (the Decree allows single to 1.5). */
    static final float LINE_HEIGHT = 1.15f;

    /** The header grid: agency column and national column, as shares of the text width. */
    static final float HEADER_AGENCY_SHARE = 0.4f;
    /** The closing grid: Nơi nhận column and signature column. */
    static final float CLOSING_RECIPIENTS_SHARE = 0.45f;
    /** Room for the handwritten signature and the seal between title and name (about 3 cm). */
    static final float SIGNING_SPACE = 84;
    /** Several addressees: "Kính gửi:" starts this share of the text width in, the list aligned after it. */
    static final float ADDRESSEE_START_SHARE = 0.2f;

    static final float RULE_THICKNESS = 0.75f;
    /** "Short rule" of the Decree: 1/3–1/2 of the line above; 2/5 is taken. */
    static final float SHORT_RULE_SHARE = 0.4f;

    private OfficialLayout() {
    }

    static float points(float mm) {
        return mm * 72f / 25.4f;
    }

    /** A short rule under a line of the given width that may wrap at the available width. */
    static float shortRule(float lineWidth, float available) {
        return SHORT_RULE_SHARE * Math.min(lineWidth, available);
    }
}
