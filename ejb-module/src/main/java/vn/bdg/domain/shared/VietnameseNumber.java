package vn.bdg.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads numbers as Vietnamese write them: a dot groups thousands, a comma starts the decimals. In a
 * count field "1.000" is one thousand and any comma is refused; in a decimal field (percentages,
 * money) "12,5" is twelve and a half. What could be read two ways ("12.5", "1,000" in a count) is
 * refused with a message naming the field, never guessed.
 */
public final class VietnameseNumber {

    /** Whether a field holds whole counts or may have decimals. */
    public enum Kind {
        COUNT,
        DECIMAL
    }

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern DECIMALS = Pattern.compile(",\\d+");

    private VietnameseNumber() {
    }

    /**
     * The number in {@code text}, or null when the field is empty. {@code field} names the field in
     * the refusal.
     */
    public static BigDecimal parse(String text, Kind kind, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String trimmed = text.strip();
        int comma = trimmed.indexOf(',');
        String whole = comma < 0 ? trimmed : trimmed.substring(0, comma);
        String fraction = comma < 0 ? "" : trimmed.substring(comma);
        if (comma >= 0 && kind == Kind.COUNT) {
            throw new BusinessException("number.error.countWithComma", field, trimmed);
        }
        if (!fraction.isEmpty() && !DECIMALS.matcher(fraction).matches()) {
            throw new BusinessException("number.error.unreadable", field, trimmed);
        }
        if (GROUPED.matcher(whole).matches() || PLAIN.matcher(whole).matches()) {
            return new BigDecimal(whole.replace(".", "") + fraction.replace(',', '.'));
        }
        if (whole.contains(".")) {
            throw new BusinessException("number.error.dotNotThousands", field, trimmed);
        }
        throw new BusinessException("number.error.unreadable", field, trimmed);
    }

    /**
     * A number that arrived as a number (not as text), e.g. from a numeric spreadsheet cell: a count
     * must be whole. Returns it without trailing zeros, or null for null.
     */
    public static BigDecimal check(BigDecimal number, Kind kind, String field) {
        if (number == null) {
            return null;
        }
        BigDecimal plain = number.stripTrailingZeros();
        if (kind == Kind.COUNT && plain.scale() > 0) {
            throw new BusinessException("number.error.notWhole", field, plain.toPlainString().replace('.', ','));
        }
        return plain.scale() < 0 ? plain.setScale(0) : plain;
    }

    /** A number as Vietnamese write it: "1.234,5" (dots group thousands, a comma starts up to two decimals). */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
        return format.format(value);
    }

    /**
     * A change as Vietnamese write it, its sign always shown: "+1.234,5", "-2,25", "0"; a comparison reads
     * at a glance which way it went.
     */
    public static String formatSigned(BigDecimal value) {
        if (value == null) {
            return "";
        }
        BigDecimal shown = value.setScale(2, RoundingMode.HALF_EVEN);
        if (shown.signum() == 0) {
            return "0";
        }
        return shown.signum() > 0 ? "+" + format(shown) : format(shown);
    }
}
