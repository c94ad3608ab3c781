package vn.bdg.infrastructure.document;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Objects;

/**
 * Tables to print and compare, not an administrative document: landscape A4 pages with the margins of
 * the official layout, a bold title and its lines, then each table under its heading, laid out as the
 * official report's annex lays out its table (Liberation Serif embedded, header repeated on every page).
 */
public final class TablesPdf {

    /** One table under its heading; {@code note} (may be null) is printed instead of an empty table. */
    public record Section(String heading, OfficialReport.Table table, String note) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(table, "table");
        }
    }

    private TablesPdf() {
    }

    public static byte[] write(String title, List<String> titleLines, List<Section> sections) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(),
                OfficialLayout.points(OfficialLayout.MARGIN_LEFT_MM), OfficialLayout.points(OfficialLayout.MARGIN_RIGHT_MM),
                OfficialLayout.points(OfficialLayout.MARGIN_TOP_MM), OfficialLayout.points(OfficialLayout.MARGIN_BOTTOM_MM));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        document.addTitle(OfficialWording.composed(title));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
        document.open();
        Paragraph heading = line(title, font(OfficialLayout.TITLE_SIZE, true, false), Element.ALIGN_CENTER);
        document.add(heading);
        for (String titleLine : titleLines) {
            document.add(line(titleLine, font(OfficialLayout.TABLE_SIZE, false, true), Element.ALIGN_CENTER));
        }
        for (Section section : sections) {
            Paragraph sectionHeading = line(section.heading(), font(OfficialLayout.BODY_SIZE, true, false), Element.ALIGN_LEFT);
            sectionHeading.setSpacingBefore(3 * OfficialLayout.PARAGRAPH_SPACING_AFTER);
            sectionHeading.setSpacingAfter(OfficialLayout.PARAGRAPH_SPACING_AFTER);
            document.add(sectionHeading);
            if (section.table().rows().isEmpty() && section.note() != null) {
                document.add(line(section.note(), font(OfficialLayout.TABLE_SIZE, false, true), Element.ALIGN_LEFT));
            } else {
                PdfPTable table = PdfTable.of(section.table(), OfficialLayout.LANDSCAPE_TEXT_WIDTH);
                document.add(table);
            }
        }
        document.close();
        return out.toByteArray();
    }

    private static Paragraph line(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(new Chunk(OfficialWording.composed(text), font));
        paragraph.setFont(font);
        paragraph.setLeading(0, OfficialLayout.LINE_HEIGHT);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /** Bold and italic come from the font files, never from OpenPDF's smearing or slanting. */
    private static Font font(float size, boolean bold, boolean italic) {
        return new Font(LiberationSerif.face(bold, italic), size, Font.NORMAL, Color.BLACK);
    }
}
