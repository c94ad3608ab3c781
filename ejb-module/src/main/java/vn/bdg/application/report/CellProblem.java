package vn.bdg.application.report;

import java.util.List;

/**
 * Why one cell of an uploaded workbook could not be taken: where it is (sheet and cell reference, both
 * null for a fault of the whole file) and a message key of the user-interface bundle with its arguments.
 */
public record CellProblem(String sheet, String ref, String messageKey, List<Object> arguments) {

    public CellProblem {
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }
}
