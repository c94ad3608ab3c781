package vn.bdg.application.consolidation;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import vn.bdg.domain.model.org.UnitType;

/**
 * The Vietnamese wording of the result files (ResultFiles.properties). Unit types are named as in the
 * board's files, so that both files name a type alike.
 */
final class ResultTexts {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundle TEXTS =
            ResourceBundle.getBundle("vn.bdg.application.consolidation.ResultFiles", VIETNAMESE);
    private static final ResourceBundle BOARD_TEXTS =
            ResourceBundle.getBundle("vn.bdg.application.board.BoardFiles", VIETNAMESE);

    private ResultTexts() {
    }

    static String text(String key, Object... arguments) {
        String pattern = TEXTS.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(arguments);
    }

    static String type(UnitType type) {
        return BOARD_TEXTS.getString("type." + type.name());
    }

    /** A national target's name, or its code for a target this version does not name yet. */
    static String target(String code) {
        return TEXTS.containsKey("target." + code) ? TEXTS.getString("target." + code) : code;
    }

    /** A scope as the files name it; {@code districtName} is the Phòng's short name of a district scope. */
    static String scope(Scope scope, String districtName) {
        return switch (scope.kind()) {
            case ALL -> text("scope.ALL");
            case DISTRICT -> {
                if (scope.isDirectToSo()) {
                    yield text("scope.direct");
                }
                yield districtName == null ? scope.key() : districtName;
            }
            case TYPE -> type(scope.unitType());
        };
    }
}
