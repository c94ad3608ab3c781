package vn.bdg.infrastructure.spreadsheet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What an uploaded report form holds: the token it was downloaded with, the value of every keyed input
 * and the structural problems found. The values are not judged here; a non-empty problem list means the
 * file is not (or no longer) a form this application wrote, or was altered where users cannot type.
 */
public record WorkbookContent(String token, List<Entry> entries, List<Problem> problems) {

    public WorkbookContent {
        entries = List.copyOf(entries);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /**
     * One input cell: {@code number} when the cell holds a number (exactly as the user sees it, no
     * binary noise), {@code text} (trimmed) when it holds text; both null when the cell is blank.
     */
    public record Entry(String cellKey, String sheet, String ref, String text, BigDecimal number) {

        public Entry {
            Objects.requireNonNull(cellKey, "cellKey");
        }

        public boolean isBlank() {
            return text == null && number == null;
        }
    }

    /**
     * A fault in the file's structure, as a message key of the user-interface bundle and its arguments;
     * {@code sheet} and {@code ref} say where, or are null when the fault concerns the whole file.
     */
    public record Problem(String sheet, String ref, String messageKey, List<Object> arguments) {

        /** The content is not an XLSX workbook (or it is damaged beyond reading). */
        public static final String NOT_XLSX = "workbook.error.notXlsx";
        /** An XLSX workbook, but not one downloaded from this application: its token sheet is missing. */
        public static final String NOT_OUR_FORM = "workbook.error.notOurForm";
        /** A hidden key cell holds something that is not a cell key of its column; argument: the text. */
        public static final String BAD_KEY = "workbook.error.badKey";
        /** The same cell key appears twice; arguments: the key, the first cell holding it. */
        public static final String DUPLICATE_KEY = "workbook.error.duplicateKey";
        /** The file is larger than the reader accepts; argument: the limit in MB. */
        public static final String TOO_LARGE = "workbook.error.tooLarge";
        /** A sheet has more rows than any form has; argument: the limit. Only the first rows are read. */
        public static final String TOO_MANY_ROWS = "workbook.error.tooManyRows";

        public Problem {
            Objects.requireNonNull(messageKey, "messageKey");
            arguments = List.copyOf(arguments);
        }

        static Problem ofFile(String messageKey, Object... arguments) {
            return new Problem(null, null, messageKey, List.of(arguments));
        }

        static Problem at(String sheet, String ref, String messageKey, Object... arguments) {
            return new Problem(sheet, ref, messageKey, List.of(arguments));
        }
    }
}
