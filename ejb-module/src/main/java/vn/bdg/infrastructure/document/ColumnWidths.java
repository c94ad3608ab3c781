package vn.bdg.infrastructure.document;

import java.util.Arrays;

/**
 * Column widths of a data table, chosen the way a browser lays out an automatic table: every column gets
 * at least its longest word, and the rest of the width goes to the columns whose text would otherwise
 * wrap most. Header labels only ask for their longest word, because long labels over short numbers
 * ("Tổng số CB-GV-NV" over "1.234") are expected to wrap. The writers share it so that a table breaks
 * its lines alike in the DOCX and the PDF.
 */
final class ColumnWidths {

    /** Room for the rounding of widths to twips and for the cell border, so that a word that fits is not broken. */
    private static final float ROUNDING = 1;

    private ColumnWidths() {
    }

    /**
     * @param padding the horizontal cell padding (left plus right) in points
     * @return one width per column in points, adding up to {@code available}
     */
    static float[] of(OfficialReport.Table table, float available, float size, float padding) {
        int columns = table.columnCount();
        float[] least = new float[columns];
        float[] natural = new float[columns];
        for (int column = 0; column < columns; column++) {
            least[column] = longestWord(table.header(column), size, true);
            for (int row = 0; row < table.rows().size(); row++) {
                String text = table.cell(row, column);
                least[column] = Math.max(least[column], longestWord(text, size, false));
                natural[column] = Math.max(natural[column], LiberationSerif.width(text, size, false));
            }
            least[column] += padding + ROUNDING;
            natural[column] = Math.min(Math.max(natural[column] + padding + ROUNDING, least[column]), available);
        }
        return share(least, natural, available);
    }

    private static float longestWord(String text, float size, boolean bold) {
        float longest = 0;
        for (String word : text.split("\\s+")) {
            longest = Math.max(longest, LiberationSerif.width(word, size, bold));
        }
        return longest;
    }

    private static float[] share(float[] least, float[] natural, float available) {
        float leastTotal = sum(least);
        float naturalTotal = sum(natural);
        if (naturalTotal <= available) {
            return scaled(natural, available / naturalTotal);
        }
        if (leastTotal >= available) {
            return scaled(least, available / leastTotal);
        }
        float spare = available - leastTotal;
        float wanted = naturalTotal - leastTotal;
        float[] widths = new float[least.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = least[i] + spare * (natural[i] - least[i]) / wanted;
        }
        return widths;
    }

    private static float[] scaled(float[] widths, float factor) {
        float[] result = Arrays.copyOf(widths, widths.length);
        for (int i = 0; i < result.length; i++) {
            result[i] *= factor;
        }
        return result;
    }

    private static float sum(float[] values) {
        float total = 0;
        for (float value : values) {
            total += value;
        }
        return total;
    }
}
