package vn.bdg.infrastructure.spreadsheet;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.util.WorkbookUtil;

/**
 * Names the sheets of one workbook after their task codes, within Excel's rules: no []:*?/\, at most
 * 31 characters, no apostrophe at either end, not "History", and unique ignoring case (Excel compares
 * sheet names that way, so "I.1" and "i.1" would clash).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private final Set<String> taken = new HashSet<>();

    SheetNames(String... reserved) {
        taken.add("history");
        for (String name : reserved) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
    }

    /** A fresh name for the sheet of {@code code}; {@code position} (from 1) stands in for a blank code. */
    String claim(String code, int position) {
        String base = code == null || code.isBlank()
                ? Integer.toString(position)
                : WorkbookUtil.createSafeSheetName(code.strip(), '_');
        String name = base;
        for (int copy = 2; taken.contains(name.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            name = base.substring(0, Math.min(base.length(), MAX_LENGTH - suffix.length())).stripTrailing() + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }
}
