package vn.bdg.infrastructure.document;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A report narrative (the cleaned basic HTML of the editor) turned into paragraphs of styled text that
 * both writers lay out the same way. Tags are read, never copied: whatever is not understood contributes
 * only its text. List items get a "- " or "1. " marker, as Vietnamese reports write them.
 */
public final class NarrativeHtml {

    /** A piece of text in one style; a line break inside a paragraph is a span of its own. */
    record Span(String text, boolean bold, boolean italic, boolean underline) {
        static final String LINE_BREAK = "\n";

        boolean isLineBreak() {
            return LINE_BREAK.equals(text);
        }
    }

    /** A paragraph: an optional list marker, how many steps (of 1 cm) it is indented, and its spans. */
    record Block(String marker, int indent, List<Span> spans) {
        String text() {
            return marker + spans.stream().map(Span::text).collect(Collectors.joining());
        }
    }

    private NarrativeHtml() {
    }

    /**
     * The narrative as one line of plain text, for quoting it elsewhere: paragraphs and line breaks
     * become single spaces, list items keep their markers, styles and tags are gone.
     */
    public static String plainText(String html) {
        return blocks(html).stream()
                .map(block -> block.text().replace(Span.LINE_BREAK, " "))
                .collect(Collectors.joining(" "))
                .replaceAll("\\s+", " ")
                .strip();
    }

    static List<Block> blocks(String html) {
        if (html == null || html.isBlank()) {
            return List.of();
        }
        Walker walker = new Walker();
        walker.children(Jsoup.parseBodyFragment(html).body(), Style.PLAIN);
        walker.endBlock();
        return walker.blocks;
    }

    private record Style(boolean bold, boolean italic, boolean underline) {
        static final Style PLAIN = new Style(false, false, false);

        Style withBold() {
            return new Style(true, italic, underline);
        }

        Style withItalic() {
            return new Style(bold, true, underline);
        }

        Style withUnderline() {
            return new Style(bold, italic, true);
        }
    }

    /** Where a list stands: ordered or not, and how many items it has had. */
    private static final class ListLevel {
        private final boolean ordered;
        private int items;

        ListLevel(boolean ordered) {
            this.ordered = ordered;
        }

        String nextMarker() {
            items++;
            return ordered ? items + ". " : "- ";
        }
    }

    private static final class Walker {
        private final List<Block> blocks = new ArrayList<>();
        private final Deque<ListLevel> lists = new ArrayDeque<>();
        private List<Span> spans = new ArrayList<>();
        private String pendingMarker = "";
        private int quoteDepth;

        void children(Node parent, Style style) {
            for (Node child : parent.childNodes()) {
                node(child, style);
            }
        }

        private void node(Node node, Style style) {
            if (node instanceof TextNode text) {
                append(text.text(), style);
            } else if (node instanceof Element element) {
                element(element, style);
            }
        }

        private void element(Element element, Style style) {
            switch (element.normalName()) {
                case "br" -> lineBreak(style);
                case "b", "strong" -> children(element, style.withBold());
                case "i", "em" -> children(element, style.withItalic());
                case "u" -> children(element, style.withUnderline());
                case "a" -> link(element, style);
                case "ul", "ol" -> list(element, style);
                case "li" -> listItem(element, style);
                case "blockquote" -> quote(element, style);
                case "p", "div", "pre" -> block(element, style);
                case "h1", "h2", "h3", "h4", "h5", "h6" -> block(element, style.withBold());
                default -> children(element, style);
            }
        }

        /** On paper a link cannot be followed, so its address is printed after its text when they differ. */
        private void link(Element link, Style style) {
            children(link, style);
            String href = link.attr("href").strip();
            if (!href.isEmpty() && !href.equals(link.text().strip())) {
                append(" (" + href + ")", style);
            }
        }

        private void list(Element list, Style style) {
            endBlock();
            lists.push(new ListLevel(list.normalName().equals("ol")));
            children(list, style);
            endBlock();
            lists.pop();
        }

        private void listItem(Element item, Style style) {
            endBlock();
            pendingMarker = lists.isEmpty() ? "- " : lists.peek().nextMarker();
            children(item, style);
            endBlock();
        }

        private void quote(Element quote, Style style) {
            endBlock();
            quoteDepth++;
            children(quote, style);
            endBlock();
            quoteDepth--;
        }

        private void block(Element block, Style style) {
            endBlock();
            children(block, style);
            endBlock();
        }

        private void append(String text, Style style) {
            String piece = startsLine() ? text.stripLeading() : text;
            if (piece.isEmpty()) {
                return;
            }
            if (!spans.isEmpty() && sameStyle(last(), style) && !last().isLineBreak()) {
                Span last = spans.remove(spans.size() - 1);
                piece = last.text() + piece;
            }
            spans.add(new Span(piece, style.bold(), style.italic(), style.underline()));
        }

        private void lineBreak(Style style) {
            if (!spans.isEmpty()) {
                stripTrailingSpace();
                spans.add(new Span(Span.LINE_BREAK, style.bold(), style.italic(), style.underline()));
            }
        }

        /** Whitespace collapses as a browser would: none at the start of a line, one space between words. */
        private boolean startsLine() {
            if (spans.isEmpty()) {
                return true;
            }
            String text = last().text();
            return last().isLineBreak() || text.endsWith(" ");
        }

        void endBlock() {
            trimEnd();
            if (spans.isEmpty()) {
                return;
            }
            int indent = Math.max(0, lists.size() - 1) + quoteDepth;
            blocks.add(new Block(pendingMarker, indent, List.copyOf(spans)));
            pendingMarker = "";
            spans = new ArrayList<>();
        }

        private void trimEnd() {
            while (!spans.isEmpty() && (last().isLineBreak() || last().text().isBlank())) {
                spans.remove(spans.size() - 1);
            }
            stripTrailingSpace();
        }

        private void stripTrailingSpace() {
            if (!spans.isEmpty() && !last().isLineBreak()) {
                Span last = spans.remove(spans.size() - 1);
                String text = last.text().stripTrailing();
                if (!text.isEmpty()) {
                    spans.add(new Span(text, last.bold(), last.italic(), last.underline()));
                }
            }
        }

        private Span last() {
            return spans.get(spans.size() - 1);
        }

        private static boolean sameStyle(Span span, Style style) {
            return span.bold() == style.bold() && span.italic() == style.italic() && span.underline() == style.underline();
        }
    }
}
