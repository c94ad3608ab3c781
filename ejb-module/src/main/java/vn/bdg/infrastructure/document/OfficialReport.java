package vn.bdg.infrastructure.document;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An official report, laid out per Decree 30/2020. The parts the Decree requires are mandatory here;
 * what may be absent (parent agency, annex, narrative, table, authority line, signer's name) is said on
 * each component. Lists may be passed as null and are then empty.
 */
public record OfficialReport(
        String parentAgency,      // box 2 line 1, e.g. "SỞ GD&ĐT HẢI PHÒNG" (upper case, not bold); may be null → omitted
        String issuingAgency,     // box 2 line 2, e.g. "TRƯỜNG THPT NGÔ QUYỀN" (bold, short rule beneath)
        String symbol,            // e.g. "BC-THPTNQ"; the number is left blank for the clerk: "Số:      /BC-THPTNQ"
        String place,             // e.g. "Hải Phòng"
        LocalDate date,           // "Hải Phòng, ngày 05 tháng 01 năm 2021" (italic)
        String documentType,      // "BÁO CÁO" (upper case bold, centred)
        String summary,           // trích yếu directly below, bold, short rule beneath
        List<String> legalBases,  // body paragraphs "Căn cứ ...;" before the sections, written as given; may be empty
        List<String> addressees,  // "Kính gửi: X." on one line when one; several: "- X;" lines, the last ends "."; may be empty
        List<Section> sections,
        Annex annex,              // may be null; otherwise a landscape page "Phụ lục I" + title
        Signature signature,
        List<String> recipients) { // Nơi nhận, e.g. "Như trên", "Lưu: VT" → "- Như trên;" … "- Lưu: VT."

    public OfficialReport {
        Objects.requireNonNull(issuingAgency, "issuingAgency");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(signature, "signature");
        legalBases = copyOf(legalBases);
        addressees = copyOf(addressees);
        sections = copyOf(sections);
        recipients = copyOf(recipients);
    }

    /**
     * One section of the body: its heading (bold, e.g. "I.1. Công tác tuyên truyền") and what follows it,
     * in order. A section with no blocks is a heading over the sections after it.
     */
    public record Section(String heading, List<Block> blocks) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            blocks = blocks == null ? List.of() : blocks.stream().filter(Objects::nonNull).toList();
        }

        /** A unit report's section: its narrative (may be null), then its table (may be null). */
        public Section(String heading, String narrativeHtml, Table table) {
            this(heading, Arrays.asList(narrativeHtml == null ? null : new Narrative(narrativeHtml), table));
        }
    }

    /** A part of a section's body; the writers lay each kind out in its own way. */
    public sealed interface Block permits Narrative, Table, Quotation {
    }

    /**
     * Running text as cleaned basic HTML (p, br, b/strong, i/em, u, ul/ol/li, blockquote, a), justified
     * with a first-line indent. Also the way to write text the caller composes, such as a list of names.
     */
    public record Narrative(String html) implements Block {
        public Narrative {
            Objects.requireNonNull(html, "html");
        }
    }

    /**
     * A passage quoted from another document, as plain text: set in from the margin, in quotation marks
     * and italics, followed by where it comes from in parentheses, e.g. "(Trường THPT Ngô Quyền, Báo cáo
     * tổng kết năm 2020)".
     */
    public record Quotation(String text, String source) implements Block {
        public Quotation {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * A table: header labels and rows of already formatted cell texts (numbers arrive as "1.234,5");
     * numericColumns (0-based) are right-aligned. Short rows are padded with empty cells.
     */
    public record Table(List<String> headers, List<List<String>> rows, Set<Integer> numericColumns) implements Block {
        public Table {
            headers = texts(headers);
            rows = rows == null ? List.of() : rows.stream().map(OfficialReport::texts).toList();
            numericColumns = numericColumns == null ? Set.of() : Set.copyOf(numericColumns);
        }

        public int columnCount() {
            return Math.max(headers.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        }

        /** The text of a body cell, empty where the row is shorter than the table. */
        public String cell(int row, int column) {
            List<String> cells = rows.get(row);
            return column < cells.size() ? cells.get(column) : "";
        }

        public String header(int column) {
            return column < headers.size() ? headers.get(column) : "";
        }

        public boolean isNumeric(int column) {
            return numericColumns.contains(column);
        }
    }

    /**
     * "Phụ lục I", its upper-case bold title, the italic "(Kèm theo Báo cáo số …/&lt;symbol&gt; ngày … tháng …
     * năm … của &lt;issuer&gt;)" line left with dots for paper, and the table — on a landscape page.
     */
    public record Annex(String title, Table table) {
        public Annex {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(table, "table");
        }
    }

    /**
     * Box 7: optional authority line (e.g. "KT. HIỆU TRƯỞNG", may be null), the title ("HIỆU TRƯỞNG" /
     * "PHÓ HIỆU TRƯỞNG"), and the signer's name (may be null → blank space left for signing and the name).
     */
    public record Signature(String authority, String title, String name) {
        public Signature {
            Objects.requireNonNull(title, "title");
        }
    }

    private static <T> List<T> copyOf(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Cell texts, with an absent cell read as an empty one so that one missing value does not lose the table. */
    private static List<String> texts(List<String> cells) {
        return cells == null ? List.of() : cells.stream().map(text -> text == null ? "" : text).toList();
    }
}
