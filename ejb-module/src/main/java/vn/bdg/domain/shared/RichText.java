package vn.bdg.domain.shared;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Safelist;

/**
 * Narrative text as the rich-text editor sends it, cleaned on the server to paragraphs, line breaks,
 * emphasis, lists, quotations and links (jsoup's basic safe list): no scripts, styles, frames, event
 * handlers or script URLs survive, whatever the browser sent. Cleaned text may be shown as HTML.
 */
public final class RichText {

    public static final int MAX_LENGTH = 50_000;

    private static final Safelist ALLOWED = Safelist.basic();
    private static final Document.OutputSettings COMPACT = new Document.OutputSettings().prettyPrint(false);

    private RichText() {
    }

    /** The cleaned HTML, or null when nothing readable is left. {@code field} names it in a refusal. */
    public static String clean(String html, String field) {
        if (html == null || html.isBlank()) {
            return null;
        }
        String cleaned = Jsoup.clean(html, "", ALLOWED, COMPACT);
        if (Jsoup.parse(cleaned).text().isBlank()) {
            return null;
        }
        if (cleaned.length() > MAX_LENGTH) {
            throw new BusinessException("richText.error.tooLong", field, MAX_LENGTH);
        }
        return cleaned;
    }
}
