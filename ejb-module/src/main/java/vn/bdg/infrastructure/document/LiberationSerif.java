package vn.bdg.infrastructure.document;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif, the free font with the metrics of Times New Roman and all Vietnamese letters. The PDF
 * embeds it; the DOCX, which names Times New Roman, uses it to measure text, so that rules under a line
 * come out as long as the line in both formats.
 */
final class LiberationSerif {

    private static final BaseFont REGULAR = load("LiberationSerif-Regular.ttf");
    private static final BaseFont BOLD = load("LiberationSerif-Bold.ttf");
    private static final BaseFont ITALIC = load("LiberationSerif-Italic.ttf");
    private static final BaseFont BOLD_ITALIC = load("LiberationSerif-BoldItalic.ttf");

    private LiberationSerif() {
    }

    static BaseFont face(boolean bold, boolean italic) {
        if (bold) {
            return italic ? BOLD_ITALIC : BOLD;
        }
        return italic ? ITALIC : REGULAR;
    }

    /** Width in points of one line of upright text. */
    static float width(String text, float size, boolean bold) {
        return face(bold, false).getWidthPoint(OfficialWording.composed(text), size);
    }

    /** The fonts ship in openpdf-fonts-extra; read as bytes so that no file path is needed inside an EAR. */
    private static BaseFont load(String file) {
        try (InputStream in = LiberationSerif.class.getResourceAsStream("/liberation/" + file)) {
            if (in == null) {
                throw new IllegalStateException("liberation/" + file + " is missing: is openpdf-fonts-extra on the class path?");
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
