package vn.bdg.infrastructure.document;

import static vn.bdg.infrastructure.document.OfficialLayout.AGENCY_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.BODY_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.DATE_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.MOTTO_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.NATIONAL_TITLE_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.NUMBER_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.PARAGRAPH_SPACING_AFTER;
import static vn.bdg.infrastructure.document.OfficialLayout.TITLE_SIZE;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;

/**
 * Writes an {@link OfficialReport} as a PDF for printing and signing, with Liberation Serif embedded so
 * that the Vietnamese letters look the same on every computer. The annex is a landscape page.
 */
public final class OfficialReportPdf {

    private final Document document;
    private final OfficialReport report;
    private final PageNumbers pageNumbers;

    private OfficialReportPdf(Document document, OfficialReport report, PageNumbers pageNumbers) {
        this.document = document;
        this.report = report;
        this.pageNumbers = pageNumbers;
    }

    public static byte[] write(OfficialReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4,
                OfficialLayout.points(OfficialLayout.MARGIN_LEFT_MM), OfficialLayout.points(OfficialLayout.MARGIN_RIGHT_MM),
                OfficialLayout.points(OfficialLayout.MARGIN_TOP_MM), OfficialLayout.points(OfficialLayout.MARGIN_BOTTOM_MM));
        PdfWriter writer = PdfWriter.getInstance(document, out);
        PageNumbers pageNumbers = new PageNumbers();
        writer.setPageEvent(pageNumbers);
        document.addTitle(OfficialWording.sentenceCase(report.documentType()) + " " + OfficialWording.composed(report.summary()));
        document.addAuthor(OfficialWording.inRunningText(report.issuingAgency()));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("vi-VN"));
        document.open();
        new OfficialReportPdf(document, report, pageNumbers).writeDocument();
        document.close();
        return out.toByteArray();
    }

    private void writeDocument() {
        writeHeaderGrid();
        writeTitle();
        writeAddressees();
        for (String legalBasis : report.legalBases()) {
            Paragraph paragraph = bodyParagraph(0);
            paragraph.add(new Chunk(OfficialWording.composed(legalBasis), font(BODY_SIZE, false, false)));
            document.add(paragraph);
        }
        for (OfficialReport.Section section : report.sections()) {
            writeSection(section);
        }
        writeClosing();
        if (report.annex() != null) {
            writeAnnex(report.annex());
        }
    }

    /** Boxes 1–4: agency and number on the left, Quốc hiệu, Tiêu ngữ and date on the right, number and date on one line. */
    private void writeHeaderGrid() {
        float agencyWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.HEADER_AGENCY_SHARE;
        float nationalWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH - agencyWidth;
        PdfPTable grid = borderless(new float[] {agencyWidth, nationalWidth});

        PdfPCell agency = borderlessCell();
        if (report.parentAgency() != null && !report.parentAgency().isBlank()) {
            agency.addElement(centred(OfficialWording.upperCase(report.parentAgency()), font(AGENCY_SIZE, false, false)));
        }
        String issuer = OfficialWording.upperCase(report.issuingAgency());
        agency.addElement(centred(issuer, font(AGENCY_SIZE, true, false)));
        agency.addElement(rule(OfficialLayout.shortRule(LiberationSerif.width(issuer, AGENCY_SIZE, true), agencyWidth)));
        grid.addCell(agency);

        PdfPCell national = borderlessCell();
        national.addElement(centred(OfficialWording.NATIONAL_TITLE, font(NATIONAL_TITLE_SIZE, true, false)));
        national.addElement(centred(OfficialWording.MOTTO, font(MOTTO_SIZE, true, false)));
        national.addElement(rule(LiberationSerif.width(OfficialWording.MOTTO, MOTTO_SIZE, true)));
        grid.addCell(national);

        PdfPCell number = borderlessCell();
        Paragraph numberLine = centred(OfficialWording.numberLine(OfficialWording.composed(report.symbol())), font(NUMBER_SIZE, false, false));
        numberLine.setSpacingBefore(PARAGRAPH_SPACING_AFTER);
        number.addElement(numberLine);
        grid.addCell(number);

        PdfPCell date = borderlessCell();
        Paragraph dateLine = centred(OfficialWording.dateLine(OfficialWording.composed(report.place()), report.date()), font(DATE_SIZE, false, true));
        dateLine.setSpacingBefore(PARAGRAPH_SPACING_AFTER);
        date.addElement(dateLine);
        grid.addCell(date);
        document.add(grid);
    }

    /** Box 5a: the type of document and, directly below, the trích yếu with a short rule. */
    private void writeTitle() {
        Paragraph type = centred(OfficialWording.upperCase(report.documentType()), font(TITLE_SIZE, true, false));
        type.setSpacingBefore(18);
        document.add(type);
        String summary = OfficialWording.composed(report.summary());
        document.add(centred(summary, font(TITLE_SIZE, true, false)));
        document.add(rule(OfficialLayout.shortRule(LiberationSerif.width(summary, TITLE_SIZE, true), OfficialLayout.PORTRAIT_TEXT_WIDTH)));
    }

    /** Box 9a: one addressee on the label's line; several in a list aligned after the label. */
    private void writeAddressees() {
        List<String> lines = OfficialWording.addresseeLines(report.addressees());
        if (lines.isEmpty()) {
            return;
        }
        Font font = font(BODY_SIZE, false, false);
        if (lines.size() == 1) {
            Paragraph line = centred(OfficialWording.ADDRESSEE_LABEL + " " + lines.get(0), font);
            line.setSpacingBefore(PARAGRAPH_SPACING_AFTER);
            line.setSpacingAfter(PARAGRAPH_SPACING_AFTER);
            document.add(line);
            return;
        }
        float start = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.ADDRESSEE_START_SHARE;
        String label = OfficialWording.ADDRESSEE_LABEL + " ";
        float labelWidth = LiberationSerif.width(label, BODY_SIZE, false);
        for (int i = 0; i < lines.size(); i++) {
            Paragraph line = emptyParagraph();
            line.setLeading(0, OfficialLayout.LINE_HEIGHT);
            line.setIndentationLeft(start + labelWidth);
            line.setSpacingBefore(i == 0 ? PARAGRAPH_SPACING_AFTER : 0);
            line.setSpacingAfter(i == lines.size() - 1 ? PARAGRAPH_SPACING_AFTER : 0);
            if (i == 0) {
                line.setFirstLineIndent(-labelWidth);
                line.add(new Chunk(label, font));
            }
            line.add(new Chunk(lines.get(i), font));
            document.add(line);
        }
    }

    private void writeSection(OfficialReport.Section section) {
        Paragraph heading = bodyParagraph(0);
        heading.add(new Chunk(OfficialWording.composed(section.heading()), font(BODY_SIZE, true, false)));
        document.add(heading);
        for (OfficialReport.Block block : section.blocks()) {
            if (block instanceof OfficialReport.Narrative narrative) {
                writeNarrative(narrative.html());
            } else if (block instanceof OfficialReport.Table table) {
                writeDataTable(table, OfficialLayout.PORTRAIT_TEXT_WIDTH);
            } else if (block instanceof OfficialReport.Quotation quotation) {
                writeQuotation(quotation);
            }
        }
    }

    /** Set in by one step like a quotation in a narrative, the quoted words in italics, the source upright. */
    private void writeQuotation(OfficialReport.Quotation quotation) {
        Paragraph paragraph = bodyParagraph(1);
        paragraph.add(new Chunk(OfficialWording.quoted(quotation.text()), font(BODY_SIZE, false, true)));
        paragraph.add(new Chunk(OfficialWording.source(quotation.source()), font(BODY_SIZE, false, false)));
        document.add(paragraph);
    }

    private void writeNarrative(String html) {
        for (NarrativeHtml.Block block : NarrativeHtml.blocks(html)) {
            Paragraph paragraph = bodyParagraph(block.indent());
            if (!block.marker().isEmpty()) {
                paragraph.add(new Chunk(block.marker(), font(BODY_SIZE, false, false)));
            }
            for (NarrativeHtml.Span span : block.spans()) {
                if (span.isLineBreak()) {
                    paragraph.add(new Chunk("\n", font(BODY_SIZE, false, false)));
                } else {
                    Chunk chunk = new Chunk(OfficialWording.composed(span.text()), font(BODY_SIZE, span.bold(), span.italic()));
                    if (span.underline()) {
                        chunk.setUnderline(0.5f, -1.5f);
                    }
                    paragraph.add(chunk);
                }
            }
            document.add(paragraph);
        }
    }

    /** The table as {@link PdfTable} lays it out, with a paragraph's spacing around it. */
    private void writeDataTable(OfficialReport.Table data, float width) {
        if (data.columnCount() == 0) {
            return;
        }
        PdfPTable table = PdfTable.of(data, width);
        table.setSpacingBefore(PARAGRAPH_SPACING_AFTER);
        table.setSpacingAfter(PARAGRAPH_SPACING_AFTER);
        document.add(table);
    }

    /** Boxes 9b and 7: Nơi nhận on the left, level with the authority line; the signature block on the right. */
    private void writeClosing() {
        float recipientsWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.CLOSING_RECIPIENTS_SHARE;
        PdfPTable closing = borderless(new float[] {recipientsWidth, OfficialLayout.PORTRAIT_TEXT_WIDTH - recipientsWidth});
        closing.setKeepTogether(true);
        closing.setSpacingBefore(12);

        PdfPCell recipients = borderlessCell();
        recipients.addElement(line(OfficialWording.RECIPIENTS_LABEL, font(OfficialLayout.RECIPIENTS_LABEL_SIZE, true, true), Element.ALIGN_LEFT));
        for (String recipient : OfficialWording.recipientLines(report.recipients())) {
            recipients.addElement(line(recipient, font(OfficialLayout.RECIPIENTS_SIZE, false, false), Element.ALIGN_LEFT));
        }
        closing.addCell(recipients);

        OfficialReport.Signature signature = report.signature();
        PdfPCell signer = borderlessCell();
        Font titleFont = font(TITLE_SIZE, true, false);
        if (signature.authority() != null && !signature.authority().isBlank()) {
            signer.addElement(centred(OfficialWording.upperCase(signature.authority()), titleFont));
        }
        signer.addElement(centred(OfficialWording.upperCase(signature.title()), titleFont));
        boolean named = signature.name() != null && !signature.name().isBlank();
        Paragraph name = centred(named ? OfficialWording.composed(signature.name()) : " ", titleFont);
        name.setSpacingBefore(OfficialLayout.SIGNING_SPACE);
        signer.addElement(name);
        closing.addCell(signer);
        document.add(closing);
    }

    /** A landscape page whose numbering restarts, as the Decree numbers each annex on its own. */
    private void writeAnnex(OfficialReport.Annex annex) {
        pageNumbers.restartOnNextPage();
        document.setPageSize(PageSize.A4.rotate());
        document.newPage();
        Font bold = font(TITLE_SIZE, true, false);
        document.add(centred(OfficialWording.ANNEX_LABEL, bold));
        document.add(centred(OfficialWording.upperCase(annex.title()), bold));
        Paragraph reference = centred(OfficialWording.annexReference(report), font(BODY_SIZE, false, true));
        reference.setSpacingAfter(6);
        document.add(reference);
        writeDataTable(annex.table(), OfficialLayout.LANDSCAPE_TEXT_WIDTH);
    }

    private static PdfPTable borderless(float[] columnWidths) {
        PdfPTable table = new PdfPTable(columnWidths);
        float total = 0;
        for (float columnWidth : columnWidths) {
            total += columnWidth;
        }
        table.setTotalWidth(total);
        table.setLockedWidth(true);
        return table;
    }

    private static PdfPCell borderlessCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static Paragraph centred(String text, Font font) {
        return line(text, font, Element.ALIGN_CENTER);
    }

    private static Paragraph line(String text, Font font, int alignment) {
        Paragraph paragraph = new Paragraph(new Chunk(text, font));
        paragraph.setLeading(0, OfficialLayout.LINE_HEIGHT);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    /**
     * A paragraph whose own font is the report font: OpenPDF writes the spacing between paragraphs as a
     * space in that font, and the default would pull an unembedded Helvetica into the file.
     */
    private static Paragraph emptyParagraph() {
        Paragraph paragraph = new Paragraph();
        paragraph.setFont(font(BODY_SIZE, false, false));
        return paragraph;
    }

    /** Box 6: justified, first line in by 1 cm, 6 pt after; lists and quotations step in by 1 cm more. */
    private static Paragraph bodyParagraph(int indentSteps) {
        Paragraph paragraph = emptyParagraph();
        paragraph.setLeading(0, OfficialLayout.LINE_HEIGHT);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        paragraph.setFirstLineIndent(OfficialLayout.FIRST_LINE_INDENT);
        paragraph.setIndentationLeft(indentSteps * OfficialLayout.INDENT_STEP);
        paragraph.setSpacingAfter(PARAGRAPH_SPACING_AFTER);
        return paragraph;
    }

    /**
     * A centred rule of the given length in points (a negative percentage is a length to LineSeparator),
     * far enough below the line above to clear the dot of "ặ". The chunk is given the report font because
     * a chunk without one would pull an unembedded Helvetica into the file.
     */
    private static Paragraph rule(float length) {
        Chunk line = new Chunk(new LineSeparator(OfficialLayout.RULE_THICKNESS, -length, Color.BLACK, Element.ALIGN_CENTER, 0));
        line.setFont(font(1, false, false));
        Paragraph paragraph = new Paragraph(line);
        paragraph.setLeading(8);
        return paragraph;
    }

    /** Bold and italic come from the font files; OpenPDF would otherwise smear or slant the regular face. */
    private static Font font(float size, boolean bold, boolean italic) {
        return new Font(LiberationSerif.face(bold, italic), size, Font.NORMAL, Color.BLACK);
    }

    /**
     * Page numbers centred in the top margin, from the second page of the report and, restarted, from
     * the second page of the annex: the Decree shows no number on a first page.
     */
    private static final class PageNumbers extends PdfPageEventHelper {
        private int firstPageOfPart = 1;
        private boolean restart;

        void restartOnNextPage() {
            restart = true;
        }

        @Override
        public void onStartPage(PdfWriter writer, Document document) {
            if (restart) {
                firstPageOfPart = writer.getPageNumber();
                restart = false;
            }
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            int number = writer.getPageNumber() - firstPageOfPart + 1;
            if (number < 2) {
                return;
            }
            Rectangle page = document.getPageSize();
            float x = (document.left() + document.right()) / 2;
            float y = page.getHeight() - OfficialLayout.points(OfficialLayout.PAGE_NUMBER_FROM_TOP_MM)
                    - OfficialLayout.PAGE_NUMBER_SIZE / 3;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase(String.valueOf(number), font(OfficialLayout.PAGE_NUMBER_SIZE, false, false)), x, y, 0);
        }
    }
}
