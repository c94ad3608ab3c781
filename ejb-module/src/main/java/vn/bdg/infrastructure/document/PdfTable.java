package vn.bdg.infrastructure.document;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/**
 * A data table as the PDFs lay it out: bordered, in Liberation Serif at the table size, the header row
 * bold and repeated on every page, rows kept whole, numbers right-aligned, and columns as wide as
 * {@link ColumnWidths} makes them for the DOCX too.
 */
final class PdfTable {

    /** The padding of table cells on each side; column widths leave room for it. */
    private static final float CELL_PADDING = 4;

    private PdfTable() {
    }

    /** The table at {@code width} points; the caller adds it to the document with its spacing. */
    static PdfPTable of(OfficialReport.Table data, float width) {
        int columns = data.columnCount();
        PdfPTable table = new PdfPTable(ColumnWidths.of(data, width, OfficialLayout.TABLE_SIZE, 2 * CELL_PADDING));
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        table.setHeaderRows(1);
        for (int column = 0; column < columns; column++) {
            PdfPCell cell = cell(data.header(column), true, Element.ALIGN_CENTER);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(cell);
        }
        for (int row = 0; row < data.rows().size(); row++) {
            for (int column = 0; column < columns; column++) {
                int alignment = data.isNumeric(column) ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
                table.addCell(cell(data.cell(row, column), false, alignment));
            }
        }
        return table;
    }

    private static PdfPCell cell(String text, boolean bold, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(OfficialWording.composed(text),
                new Font(LiberationSerif.face(bold, false), OfficialLayout.TABLE_SIZE, Font.NORMAL, Color.BLACK)));
        cell.setHorizontalAlignment(alignment);
        cell.setPadding(CELL_PADDING);
        cell.setPaddingTop(CELL_PADDING / 2);
        cell.setBorderWidth(0.5f);
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }
}
