package vn.bdg.infrastructure.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bdg.infrastructure.document.NarrativeHtml.Block;
import vn.bdg.infrastructure.document.NarrativeHtml.Span;

class NarrativeHtmlTest {

    @Test
    void inlineTagsBecomeStyledSpansWithCollapsedWhitespace() {
        List<Block> blocks = NarrativeHtml.blocks("<p>  Đã tổ chức\n <b>12 buổi</b> cho <i>học sinh</i> và <u>giáo viên</u>. </p>");

        assertEquals(1, blocks.size());
        assertEquals(List.of(
                new Span("Đã tổ chức ", false, false, false),
                new Span("12 buổi", true, false, false),
                new Span(" cho ", false, false, false),
                new Span("học sinh", false, true, false),
                new Span(" và ", false, false, false),
                new Span("giáo viên", false, false, true),
                new Span(".", false, false, false)), blocks.get(0).spans());
    }

    @Test
    void strongAndEmAreBoldAndItalicToo() {
        List<Span> spans = NarrativeHtml.blocks("<strong><em>Quan trọng</em></strong>").get(0).spans();

        assertEquals(List.of(new Span("Quan trọng", true, true, false)), spans);
    }

    @Test
    void listItemsGetDashOrNumberMarkersAndNestedListsStepIn() {
        List<Block> blocks = NarrativeHtml.blocks(
                "<ul><li>Tuyên truyền;</li><li>Tập huấn:<ol><li>Cán bộ;</li><li>Giáo viên.</li></ol></li></ul>");

        assertEquals(List.of("- Tuyên truyền;", "- Tập huấn:", "1. Cán bộ;", "2. Giáo viên."),
                blocks.stream().map(Block::text).toList());
        assertEquals(List.of(0, 0, 1, 1), blocks.stream().map(Block::indent).toList());
    }

    @Test
    void quotationsStepInAndParagraphsStaySeparate() {
        List<Block> blocks = NarrativeHtml.blocks("<p>Một.</p><blockquote><p>Trích dẫn.</p></blockquote><p>Hai.</p>");

        assertEquals(List.of("Một.", "Trích dẫn.", "Hai."), blocks.stream().map(Block::text).toList());
        assertEquals(List.of(0, 1, 0), blocks.stream().map(Block::indent).toList());
    }

    @Test
    void lineBreaksStayInsideTheParagraph() {
        List<Span> spans = NarrativeHtml.blocks("<p>Dòng một <br>Dòng hai</p>").get(0).spans();

        assertEquals(3, spans.size());
        assertEquals("Dòng một", spans.get(0).text());
        assertTrue(spans.get(1).isLineBreak());
        assertEquals("Dòng hai", spans.get(2).text());
    }

    @Test
    void linksKeepTheirAddressForPaper() {
        assertEquals("Xem Cổng thông tin (https://moet.gov.vn).",
                NarrativeHtml.blocks("Xem <a href=\"https://moet.gov.vn\">Cổng thông tin</a>.").get(0).text());
        assertEquals("https://moet.gov.vn",
                NarrativeHtml.blocks("<a href=\"https://moet.gov.vn\">https://moet.gov.vn</a>").get(0).text());
    }

    @Test
    void unknownTagsGiveOnlyTheirTextAndEscapedMarkupStaysText() {
        List<Block> blocks = NarrativeHtml.blocks("<p><span style=\"color:red\">Đỏ</span> &lt;b&gt; không đậm</p>");

        assertEquals("Đỏ <b> không đậm", blocks.get(0).text());
        assertTrue(blocks.get(0).spans().stream().noneMatch(Span::bold));
    }

    @Test
    void noNarrativeGivesNoParagraphs() {
        assertEquals(List.of(), NarrativeHtml.blocks(null));
        assertEquals(List.of(), NarrativeHtml.blocks("  "));
        assertEquals(List.of(), NarrativeHtml.blocks("<p> </p><ul></ul>"));
    }

    @Test
    void plainTextIsOneLineWithListMarkersAndWithoutTags() {
        assertEquals("Đã tổ chức 12 buổi. - Tuyên truyền; - Tập huấn. Dòng một Dòng hai",
                NarrativeHtml.plainText("<p>Đã tổ chức <b>12 buổi</b>.</p><ul><li>Tuyên truyền;</li><li>Tập huấn.</li></ul>"
                        + "<p>Dòng một<br>Dòng hai</p>"));
        assertEquals("", NarrativeHtml.plainText(null));
    }
}
