package vn.bdg.domain.model.report;

import java.util.List;
import vn.bdg.domain.model.programme.Severity;

/**
 * Something a check found in a report: how serious, which indicator it concerns (for showing it at the
 * field), and either the rule's own message in each language or a message key with its arguments.
 */
public record Finding(Severity severity, String indicatorCode, String messageVi, String messageEn, String messageKey,
                      List<Object> arguments) {

    public static Finding ofRule(Severity severity, String indicatorCode, String messageVi, String messageEn,
                                 String expression) {
        return new Finding(severity, indicatorCode, messageVi, messageEn, "report.rule.broken", List.of(expression));
    }

    public static Finding of(Severity severity, String indicatorCode, String messageKey, Object... arguments) {
        return new Finding(severity, indicatorCode, null, null, messageKey, List.of(arguments));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
