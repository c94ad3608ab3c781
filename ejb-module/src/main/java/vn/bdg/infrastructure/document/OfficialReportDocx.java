package vn.bdg.infrastructure.document;

import static vn.bdg.infrastructure.document.OfficialLayout.AGENCY_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.BODY_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.DATE_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.MOTTO_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.NATIONAL_TITLE_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.NUMBER_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.PARAGRAPH_SPACING_AFTER;
import static vn.bdg.infrastructure.document.OfficialLayout.TABLE_SIZE;
import static vn.bdg.infrastructure.document.OfficialLayout.TITLE_SIZE;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes an {@link OfficialReport} as an editable DOCX in Times New Roman, so that the clerk can still
 * correct it in Word or LibreOffice before printing. The annex is a section of its own in landscape.
 */
public final class OfficialReportDocx {

    private static final String FONT = "Times New Roman";
    private static final String LANGUAGE = "vi-VN";
    /** Word's default cell padding, 108 twips on each side; column widths leave room for it. */
    private static final float CELL_PADDING = 2 * 5.4f;
    private static final float PAGE_NUMBER_FROM_EDGE = OfficialLayout.points(OfficialLayout.PAGE_NUMBER_FROM_TOP_MM)
            - OfficialLayout.PAGE_NUMBER_SIZE / 2;

    private final XWPFDocument document;
    private final OfficialReport report;
    private final CTSectPr page;

    private OfficialReportDocx(XWPFDocument document, OfficialReport report) {
        this.document = document;
        this.report = report;
        CTSectPr body = document.getDocument().getBody().getSectPr();
        this.page = body != null ? body : document.getDocument().getBody().addNewSectPr();
    }

    public static byte[] write(OfficialReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new OfficialReportDocx(document, report).writeDocument();
            document.getProperties().getCoreProperties().setTitle(
                    OfficialWording.sentenceCase(report.documentType()) + " " + OfficialWording.composed(report.summary()));
            document.getProperties().getCoreProperties().setCreator(OfficialWording.inRunningText(report.issuingAgency()));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeDocument() {
        useTimesNewRomanForNewText();
        a4(page, false);
        numberPagesFromTheSecond();
        writeHeaderGrid();
        writeTitle();
        writeAddressees();
        for (String legalBasis : report.legalBases()) {
            XWPFParagraph paragraph = bodyParagraph(document.createParagraph(), 0);
            run(paragraph, OfficialWording.composed(legalBasis), BODY_SIZE, false, false);
        }
        for (OfficialReport.Section section : report.sections()) {
            writeSection(section);
        }
        writeClosing();
        if (report.annex() != null) {
            writeAnnex(report.annex());
        }
    }

    /** Text the clerk adds later should look like the rest, so the document defaults are set too. */
    private void useTimesNewRomanForNewText() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        document.createStyles().setDefaultFonts(fonts);
        document.getStyles().getDefaultRunStyle().getRPr().addNewSz().setVal(halfPoints(BODY_SIZE));
        document.getStyles().getDefaultRunStyle().getRPr().addNewLang().setVal(LANGUAGE);
    }

    private static void a4(CTSectPr section, boolean landscape) {
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        BigInteger shortSide = twips(OfficialLayout.points(OfficialLayout.A4_SHORT_SIDE_MM));
        BigInteger longSide = twips(OfficialLayout.points(OfficialLayout.A4_LONG_SIDE_MM));
        size.setW(landscape ? longSide : shortSide);
        size.setH(landscape ? shortSide : longSide);
        size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        margins.setTop(twips(OfficialLayout.points(OfficialLayout.MARGIN_TOP_MM)));
        margins.setBottom(twips(OfficialLayout.points(OfficialLayout.MARGIN_BOTTOM_MM)));
        margins.setLeft(twips(OfficialLayout.points(OfficialLayout.MARGIN_LEFT_MM)));
        margins.setRight(twips(OfficialLayout.points(OfficialLayout.MARGIN_RIGHT_MM)));
        margins.setHeader(twips(PAGE_NUMBER_FROM_EDGE));
        margins.setFooter(twips(OfficialLayout.points(OfficialLayout.MARGIN_BOTTOM_MM) / 2));
        margins.setGutter(BigInteger.ZERO);
    }

    /** Page numbers centred in the top margin; the first page of each section gets an empty header instead. */
    private void numberPagesFromTheSecond() {
        XWPFHeader numbered = document.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = numbered.getParagraphs().isEmpty() ? numbered.createParagraph() : numbered.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        fieldCharacter(paragraph, STFldCharType.BEGIN);
        XWPFRun instruction = run(paragraph, "", OfficialLayout.PAGE_NUMBER_SIZE, false, false);
        instruction.getCTR().addNewInstrText().setStringValue(" PAGE ");
        fieldCharacter(paragraph, STFldCharType.SEPARATE);
        // The field's last result; Word and LibreOffice recompute it on every page when they lay out.
        run(paragraph, "2", OfficialLayout.PAGE_NUMBER_SIZE, false, false);
        fieldCharacter(paragraph, STFldCharType.END);
        document.createHeader(HeaderFooterType.FIRST);
        if (!page.isSetTitlePg()) {
            page.addNewTitlePg();
        }
    }

    private void fieldCharacter(XWPFParagraph paragraph, STFldCharType.Enum type) {
        run(paragraph, "", OfficialLayout.PAGE_NUMBER_SIZE, false, false).getCTR().addNewFldChar().setFldCharType(type);
    }

    /** Boxes 1–4: agency and number on the left, Quốc hiệu, Tiêu ngữ and date on the right, number and date on one line. */
    private void writeHeaderGrid() {
        float agencyWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.HEADER_AGENCY_SHARE;
        float nationalWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH - agencyWidth;
        XWPFTable grid = borderless(table(2, new float[] {agencyWidth, nationalWidth}));

        XWPFTableCell agency = grid.getRow(0).getCell(0);
        if (report.parentAgency() != null && !report.parentAgency().isBlank()) {
            run(centred(next(agency)), OfficialWording.upperCase(report.parentAgency()), AGENCY_SIZE, false, false);
        }
        String issuer = OfficialWording.upperCase(report.issuingAgency());
        run(centred(next(agency)), issuer, AGENCY_SIZE, true, false);
        rule(next(agency), OfficialLayout.shortRule(LiberationSerif.width(issuer, AGENCY_SIZE, true), agencyWidth), agencyWidth);

        XWPFTableCell national = grid.getRow(0).getCell(1);
        run(centred(next(national)), OfficialWording.NATIONAL_TITLE, NATIONAL_TITLE_SIZE, true, false);
        run(centred(next(national)), OfficialWording.MOTTO, MOTTO_SIZE, true, false);
        rule(next(national), LiberationSerif.width(OfficialWording.MOTTO, MOTTO_SIZE, true), nationalWidth);

        XWPFParagraph number = centred(next(grid.getRow(1).getCell(0)));
        number.setSpacingBefore(twipsInt(PARAGRAPH_SPACING_AFTER));
        run(number, OfficialWording.numberLine(OfficialWording.composed(report.symbol())), NUMBER_SIZE, false, false);
        XWPFParagraph date = centred(next(grid.getRow(1).getCell(1)));
        date.setSpacingBefore(twipsInt(PARAGRAPH_SPACING_AFTER));
        run(date, OfficialWording.dateLine(OfficialWording.composed(report.place()), report.date()), DATE_SIZE, false, true);
    }

    /** Box 5a: the type of document and, directly below, the trích yếu with a short rule. */
    private void writeTitle() {
        XWPFParagraph type = centred(document.createParagraph());
        type.setSpacingBefore(twipsInt(18));
        run(type, OfficialWording.upperCase(report.documentType()), TITLE_SIZE, true, false);
        String summary = OfficialWording.composed(report.summary());
        run(centred(document.createParagraph()), summary, TITLE_SIZE, true, false);
        rule(document.createParagraph(),
                OfficialLayout.shortRule(LiberationSerif.width(summary, TITLE_SIZE, true), OfficialLayout.PORTRAIT_TEXT_WIDTH),
                OfficialLayout.PORTRAIT_TEXT_WIDTH);
    }

    /** Box 9a: one addressee on the label's line; several in a list aligned after the label by a tab. */
    private void writeAddressees() {
        List<String> lines = OfficialWording.addresseeLines(report.addressees());
        if (lines.isEmpty()) {
            return;
        }
        if (lines.size() == 1) {
            XWPFParagraph line = centred(document.createParagraph());
            line.setSpacingBefore(twipsInt(PARAGRAPH_SPACING_AFTER));
            line.setSpacingAfter(twipsInt(PARAGRAPH_SPACING_AFTER));
            run(line, OfficialWording.ADDRESSEE_LABEL + " " + lines.get(0), BODY_SIZE, false, false);
            return;
        }
        float start = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.ADDRESSEE_START_SHARE;
        float label = LiberationSerif.width(OfficialWording.ADDRESSEE_LABEL + " ", BODY_SIZE, false);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph line = document.createParagraph();
            line.setIndentationLeft(twipsInt(start + label));
            line.setSpacingBefore(twipsInt(i == 0 ? PARAGRAPH_SPACING_AFTER : 0));
            line.setSpacingAfter(twipsInt(i == lines.size() - 1 ? PARAGRAPH_SPACING_AFTER : 0));
            if (i == 0) {
                line.setIndentationHanging(twipsInt(label));
                run(line, OfficialWording.ADDRESSEE_LABEL, BODY_SIZE, false, false).addTab();
            }
            run(line, lines.get(i), BODY_SIZE, false, false);
        }
    }

    private void writeSection(OfficialReport.Section section) {
        XWPFParagraph heading = bodyParagraph(document.createParagraph(), 0);
        heading.setKeepNext(true);
        run(heading, OfficialWording.composed(section.heading()), BODY_SIZE, true, false);
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
        XWPFParagraph paragraph = bodyParagraph(document.createParagraph(), 1);
        run(paragraph, OfficialWording.quoted(quotation.text()), BODY_SIZE, false, true);
        run(paragraph, OfficialWording.source(quotation.source()), BODY_SIZE, false, false);
    }

    /**
     * A line break inside a narrative paragraph becomes a new paragraph that continues it (no space
     * between, no first-line indent): Word and LibreOffice would stretch a justified line that ends in a
     * manual break across the whole width.
     */
    private void writeNarrative(String html) {
        for (NarrativeHtml.Block block : NarrativeHtml.blocks(html)) {
            XWPFParagraph paragraph = bodyParagraph(document.createParagraph(), block.indent());
            if (!block.marker().isEmpty()) {
                run(paragraph, block.marker(), BODY_SIZE, false, false);
            }
            for (NarrativeHtml.Span span : block.spans()) {
                if (span.isLineBreak()) {
                    paragraph.setSpacingAfter(0);
                    paragraph = bodyParagraph(document.createParagraph(), block.indent());
                    paragraph.setIndentationFirstLine(0);
                } else {
                    run(paragraph, OfficialWording.composed(span.text()), BODY_SIZE, span.bold(), span.italic(), span.underline());
                }
            }
        }
    }

    /** Bordered, header row bold and repeated on every page, rows kept whole, numbers right-aligned. */
    private void writeDataTable(OfficialReport.Table data, float width) {
        int columns = data.columnCount();
        if (columns == 0) {
            return;
        }
        XWPFTable table = table(1 + data.rows().size(), ColumnWidths.of(data, width, TABLE_SIZE, CELL_PADDING));
        table.setCellMargins(twipsInt(2), twipsInt(5.4f), twipsInt(2), twipsInt(5.4f));
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int column = 0; column < columns; column++) {
            XWPFTableCell cell = header.getCell(column);
            cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
            run(cellParagraph(cell, ParagraphAlignment.CENTER), OfficialWording.composed(data.header(column)), TABLE_SIZE, true, false);
        }
        for (int row = 0; row < data.rows().size(); row++) {
            XWPFTableRow line = table.getRow(row + 1);
            line.setCantSplitRow(true);
            for (int column = 0; column < columns; column++) {
                ParagraphAlignment alignment = data.isNumeric(column) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT;
                run(cellParagraph(line.getCell(column), alignment), OfficialWording.composed(data.cell(row, column)),
                        TABLE_SIZE, false, false);
            }
        }
    }

    /** Boxes 9b and 7: Nơi nhận on the left, level with the authority line; the signature block on the right. */
    private void writeClosing() {
        float recipientsWidth = OfficialLayout.PORTRAIT_TEXT_WIDTH * OfficialLayout.CLOSING_RECIPIENTS_SHARE;
        XWPFTable closing = borderless(table(1, new float[] {recipientsWidth, OfficialLayout.PORTRAIT_TEXT_WIDTH - recipientsWidth}));
        closing.getRow(0).setCantSplitRow(true);

        XWPFTableCell recipients = closing.getRow(0).getCell(0);
        XWPFParagraph label = closingLine(next(recipients), ParagraphAlignment.LEFT);
        label.setSpacingBefore(twipsInt(12));
        run(label, OfficialWording.RECIPIENTS_LABEL, OfficialLayout.RECIPIENTS_LABEL_SIZE, true, true);
        for (String recipient : OfficialWording.recipientLines(report.recipients())) {
            run(closingLine(next(recipients), ParagraphAlignment.LEFT), recipient, OfficialLayout.RECIPIENTS_SIZE, false, false);
        }

        OfficialReport.Signature signature = report.signature();
        XWPFTableCell signer = closing.getRow(0).getCell(1);
        boolean first = true;
        if (signature.authority() != null && !signature.authority().isBlank()) {
            XWPFParagraph authority = closingLine(next(signer), ParagraphAlignment.CENTER);
            authority.setSpacingBefore(twipsInt(12));
            run(authority, OfficialWording.upperCase(signature.authority()), TITLE_SIZE, true, false);
            first = false;
        }
        XWPFParagraph title = closingLine(next(signer), ParagraphAlignment.CENTER);
        if (first) {
            title.setSpacingBefore(twipsInt(12));
        }
        run(title, OfficialWording.upperCase(signature.title()), TITLE_SIZE, true, false);
        XWPFParagraph name = closingLine(next(signer), ParagraphAlignment.CENTER);
        name.setSpacingBefore(twipsInt(OfficialLayout.SIGNING_SPACE));
        if (signature.name() != null && !signature.name().isBlank()) {
            run(name, OfficialWording.composed(signature.name()), TITLE_SIZE, true, false);
        }
    }

    /**
     * The report proper ends in a portrait section; the annex starts a landscape section whose page
     * numbers restart, as the Decree numbers each annex on its own.
     */
    private void writeAnnex(OfficialReport.Annex annex) {
        XWPFParagraph sectionEnd = document.createParagraph();
        sectionEnd.setSpacingAfter(0);
        sectionEnd.setSpacingBetween(1, LineSpacingRule.EXACT);
        CTPPr properties = sectionEnd.getCTP().isSetPPr() ? sectionEnd.getCTP().getPPr() : sectionEnd.getCTP().addNewPPr();
        properties.addNewSectPr().set(page);
        a4(page, true);
        (page.isSetPgNumType() ? page.getPgNumType() : page.addNewPgNumType()).setStart(BigInteger.ONE);

        run(centred(document.createParagraph()), OfficialWording.ANNEX_LABEL, TITLE_SIZE, true, false);
        run(centred(document.createParagraph()), OfficialWording.upperCase(annex.title()), TITLE_SIZE, true, false);
        XWPFParagraph reference = centred(document.createParagraph());
        reference.setSpacingAfter(twipsInt(12));
        run(reference, OfficialWording.annexReference(report), BODY_SIZE, false, true);
        writeDataTable(annex.table(), OfficialLayout.LANDSCAPE_TEXT_WIDTH);
    }

    private XWPFTable table(int rows, float[] columnWidths) {
        XWPFTable table = document.createTable(rows, columnWidths.length);
        CTTblWidth width = table.getCTTbl().getTblPr().isSetTblW() ? table.getCTTbl().getTblPr().getTblW()
                : table.getCTTbl().getTblPr().addNewTblW();
        float total = 0;
        for (float columnWidth : columnWidths) {
            total += columnWidth;
        }
        width.setType(STTblWidth.DXA);
        width.setW(twips(total));
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float columnWidth : columnWidths) {
            grid.addNewGridCol().setW(twips(columnWidth));
        }
        for (XWPFTableRow row : table.getRows()) {
            for (int column = 0; column < columnWidths.length; column++) {
                CTTc cell = row.getCell(column).getCTTc();
                CTTblWidth cellWidth = (cell.isSetTcPr() ? cell.getTcPr() : cell.addNewTcPr()).addNewTcW();
                cellWidth.setType(STTblWidth.DXA);
                cellWidth.setW(twips(columnWidths[column]));
            }
        }
        return table;
    }

    /**
     * A layout grid rather than a table: no borders and no cell padding, so that the columns are as wide
     * as in the PDF and "UBND THÀNH PHỐ HẢI PHÒNG" still fits on one line.
     */
    private static XWPFTable borderless(XWPFTable table) {
        table.removeBorders();
        CTTblPr properties = table.getCTTbl().getTblPr();
        CTTblCellMar margins = properties.isSetTblCellMar() ? properties.getTblCellMar() : properties.addNewTblCellMar();
        for (CTTblWidth side : new CTTblWidth[] {margins.addNewLeft(), margins.addNewRight()}) {
            side.setType(STTblWidth.DXA);
            side.setW(BigInteger.ZERO);
        }
        return table;
    }

    /** A new cell comes with one empty paragraph; it is used first, so that cells do not start with a blank line. */
    private static XWPFParagraph next(XWPFTableCell cell) {
        List<XWPFParagraph> paragraphs = cell.getParagraphs();
        XWPFParagraph first = paragraphs.get(0);
        if (paragraphs.size() == 1 && first.getRuns().isEmpty() && !first.getCTP().isSetPPr()) {
            return first;
        }
        return cell.addParagraph();
    }

    private static XWPFParagraph centred(XWPFParagraph paragraph) {
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFParagraph closingLine(XWPFParagraph paragraph, ParagraphAlignment alignment) {
        paragraph.setAlignment(alignment);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        return paragraph;
    }

    private static XWPFParagraph cellParagraph(XWPFTableCell cell, ParagraphAlignment alignment) {
        return closingLine(next(cell), alignment);
    }

    /** Box 6: justified, first line in by 1 cm, 6 pt after; lists and quotations step in by 1 cm more. */
    private static XWPFParagraph bodyParagraph(XWPFParagraph paragraph, int indentSteps) {
        paragraph.setAlignment(ParagraphAlignment.BOTH);
        paragraph.setIndentationFirstLine(twipsInt(OfficialLayout.FIRST_LINE_INDENT));
        if (indentSteps > 0) {
            paragraph.setIndentationLeft(twipsInt(indentSteps * OfficialLayout.INDENT_STEP));
        }
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(twipsInt(PARAGRAPH_SPACING_AFTER));
        return paragraph;
    }

    /**
     * A rule of the given length, centred in the column: an empty paragraph one point high whose bottom
     * border is shortened by equal indents. Unlike a drawn line it moves with the text when the clerk edits.
     */
    private static void rule(XWPFParagraph paragraph, float length, float columnWidth) {
        int indent = twipsInt(Math.max(0, (columnWidth - length) / 2));
        paragraph.setIndentationLeft(indent);
        paragraph.setIndentationRight(indent);
        paragraph.setSpacingBefore(0);
        paragraph.setSpacingAfter(0);
        paragraph.setSpacingBetween(4, LineSpacingRule.EXACT);
        CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
        CTBorder bottom = properties.addNewPBdr().addNewBottom();
        bottom.setVal(STBorder.SINGLE);
        bottom.setSz(BigInteger.valueOf(Math.round(OfficialLayout.RULE_THICKNESS * 8)));
        bottom.setSpace(BigInteger.ZERO);
        bottom.setColor("000000");
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic) {
        return run(paragraph, text, size, bold, italic, false);
    }

    /** Properties are set in the order of the WordprocessingML schema, which stricter readers expect. */
    private static XWPFRun run(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic, boolean underline) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        if (bold) {
            run.setBold(true);
        }
        if (italic) {
            run.setItalic(true);
        }
        run.setFontSize(size);
        if (underline) {
            run.setUnderline(UnderlinePatterns.SINGLE);
        }
        run.setLang(LANGUAGE);
        if (!text.isEmpty()) {
            run.setText(text);
            if (text.contains("  ")) {
                keepSpaces(run);
            }
        }
        return run;
    }

    /** POI keeps only leading and trailing spaces; the blank number in "Số:      /BC-…" is inside the text. */
    private static void keepSpaces(XWPFRun run) {
        CTText text = run.getCTR().getTArray(run.getCTR().sizeOfTArray() - 1);
        text.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    private static BigInteger halfPoints(float points) {
        return BigInteger.valueOf(Math.round(points * 2));
    }

    private static BigInteger twips(float points) {
        return BigInteger.valueOf(twipsInt(points));
    }

    private static int twipsInt(float points) {
        return Math.round(points * 20);
    }
}
