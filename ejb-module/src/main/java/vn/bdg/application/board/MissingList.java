package vn.bdg.application.board;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.infrastructure.spreadsheet.TableWorkbook;

/**
 * The units that have not sent their report, as the XLSX list an officer follows up with: one row per
 * unit with its type, district, due date (a date cell), state and a reviewer's reason, in Vietnamese.
 */
final class MissingList {

    static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("vn.bdg.application.board.BoardFiles", VIETNAMESE);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private MissingList() {
    }

    static String fileName(ReportingRound round) {
        return "chua-nop-" + round.getCode().toLowerCase(Locale.ROOT) + ".xlsx";
    }

    static byte[] write(Programme programme, ReportingRound round, LocalDate today, List<BoardRow> units) {
        List<String> title = List.of(text("missing.title", round.getName()),
                text("missing.subtitle", programme.label(), DAY.format(today)));
        List<String> headers = Arrays.asList(text("missing.column.unit"), text("missing.column.type"),
                text("missing.column.district"), text("missing.column.due"), text("missing.column.state"),
                text("missing.column.reason"));
        List<List<Object>> rows = new ArrayList<>();
        for (BoardRow unit : units) {
            rows.add(Arrays.asList(unit.getUnitName(), text("type." + unit.getUnitType()), district(unit),
                    unit.getDue(), state(unit), unit.getMissingReason()));
        }
        return TableWorkbook.write(text("missing.sheet"), title, headers, rows);
    }

    private static String district(BoardRow unit) {
        return unit.getDistrict().isDirectToSo() ? text("district.direct") : unit.getDistrict().getName();
    }

    /** The state, and whether the due day is over for a unit nobody marked missing. */
    private static String state(BoardRow unit) {
        String state = text("state." + unit.getState());
        boolean overdue = unit.getTimeliness() == Timeliness.MISSING && unit.getState() != SubmissionState.MISSING;
        return overdue ? text("missing.overdue", state) : state;
    }

    private static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }
}
