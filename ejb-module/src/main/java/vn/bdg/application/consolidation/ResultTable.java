package vn.bdg.application.consolidation;

import java.util.List;

/**
 * One table of a result file: its heading, the name of its sheet, the column headers and the rows, each
 * value a String, a Number, a {@link vn.bdg.infrastructure.spreadsheet.TableWorkbook.Percent} or null.
 */
record ResultTable(String heading, String sheet, List<String> headers, List<List<Object>> rows) {
}
