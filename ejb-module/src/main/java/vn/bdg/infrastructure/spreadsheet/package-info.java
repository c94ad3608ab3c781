/**
 * The report form as an Excel workbook, for units that fill their report offline: a writer that lays
 * the form out prefilled and protected, with the cell key of every input in hidden columns, and a
 * reader that turns an uploaded workbook back into keyed cell values and structural problems. Neither
 * judges the values themselves; the report use cases validate and import what the reader returns.
 * Lists handed out for follow-up (such as the units that have not reported) are written as plain
 * one-sheet tables with typed cells.
 */
package vn.bdg.infrastructure.spreadsheet;
