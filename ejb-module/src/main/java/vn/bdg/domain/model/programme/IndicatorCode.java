package vn.bdg.domain.model.programme;

import java.util.regex.Pattern;

/** What an indicator code looks like: letters and digits with at most one hyphen, as in BDG-01 or HP-12. */
public final class IndicatorCode {

    private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{0,9}(-[A-Z0-9]{1,8})?");

    private IndicatorCode() {
    }

    public static boolean isValid(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
