package vn.bdg.domain.model.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.bdg.domain.shared.BusinessException;

/**
 * One input of a report: an indicator's total or female part, overall or for one category of one of
 * its dimensions. Written "BDG-01", "BDG-01.nu", "BDG-01[Nhóm=GV]" or "BDG-01[Nhóm=GV].nu".
 */
public record CellKey(String indicatorCode, String dimension, String category, boolean female) {

    private static final Pattern FORMAT = Pattern.compile("([A-Z0-9-]+)(?:\\[([^=\\]]+)=([^\\]]+)\\])?(\\.nu)?");

    public static CellKey total(String code) {
        return new CellKey(code, null, null, false);
    }

    public static CellKey female(String code) {
        return new CellKey(code, null, null, true);
    }

    public static CellKey parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text);
        if (!matcher.matches()) {
            throw new BusinessException("report.error.cellUnknown", text == null ? "" : text);
        }
        return new CellKey(matcher.group(1), matcher.group(2), matcher.group(3), matcher.group(4) != null);
    }

    public boolean isOverall() {
        return dimension == null;
    }

    /** The same cell for the other part (total ↔ female). */
    public CellKey otherPart() {
        return new CellKey(indicatorCode, dimension, category, !female);
    }

    @Override
    public String toString() {
        return indicatorCode + (dimension == null ? "" : "[" + dimension + "=" + category + "]") + (female ? ".nu" : "");
    }
}
