package vn.bdg.infrastructure.spreadsheet;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as the web form shows it in Vietnamese: dots group thousands, a comma separates decimals
 * ("1.234", "12,5", "1.234,75"). Anything else is not a number here, so it stays text in the sheet
 * and the user sees what they saw on the web form.
 */
final class VietnameseNumber {

    private static final Pattern FORMAT = Pattern.compile("-?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private VietnameseNumber() {
    }

    static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = SPACES.matcher(text).replaceAll("");
        if (!FORMAT.matcher(compact).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(compact.replace(".", "").replace(',', '.')));
    }

    static boolean isFractional(BigDecimal number) {
        return number.stripTrailingZeros().scale() > 0;
    }
}
