package vn.bdg.application.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The wording of a report's files (its workbook and its official document). Official documents are in
 * Vietnamese whatever language the screen shows (Decree 30/2020), so the bundle has one language.
 */
final class ReportTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("vn.bdg.application.report.ReportFiles", VIETNAMESE);

    private ReportTexts() {
    }

    static String get(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
