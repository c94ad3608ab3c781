package vn.bdg.domain.shared;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds Vietnamese text to a key for diacritic-insensitive search (domain §5): NFD, combining marks
 * removed, đ/Đ mapped to d explicitly (they do not decompose), lower case, punctuation to spaces,
 * whitespace collapsed. "Phòng GD&ĐT Lê Chân" and "phong gd&dt le chan" fold to the same key, and so
 * do the old and new tone placements ("Hoà", "Hòa").
 */
public final class SearchKeys {

    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private SearchKeys() {
    }

    public static String fold(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unmarked = COMBINING_MARKS.matcher(decomposed).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        return SEPARATORS.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    }

    /** The folded key of several fields, separated so that a token never spans two of them. */
    public static String foldAll(String... texts) {
        StringBuilder key = new StringBuilder();
        for (String text : texts) {
            String folded = fold(text);
            if (!folded.isEmpty()) {
                key.append(' ').append(folded).append(" |");
            }
        }
        return key.toString();
    }

    /** The query split into folded tokens, each of which must occur in a matching key. */
    public static List<String> tokens(String query) {
        String folded = fold(query);
        return folded.isEmpty() ? List.of() : Arrays.asList(folded.split(" "));
    }
}
