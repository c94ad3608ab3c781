package vn.bdg.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchKeysTest {

    @ParameterizedTest(name = "\"{0}\" folds to \"{1}\"")
    @CsvSource({
        "Lê Chân, le chan",
        "Dương Kinh, duong kinh",
        "Đồ Sơn, do son",
        "đ, d",
        "Đ, d",
        "KIẾN THỤY, kien thuy",
        "Ngô Quyền, ngo quyen",
        "Thủy Nguyên, thuy nguyen"
    })
    void foldRemovesDiacriticsAndLowerCases(String text, String expected) {
        assertEquals(expected, SearchKeys.fold(text));
    }

    @Test
    void foldKeepsAmpersandAndMapsDToD() {
        assertEquals("phong gd&dt le chan", SearchKeys.fold("Phòng GD&ĐT Lê Chân"));
    }

    @Test
    void oldAndNewTonePlacementsFoldEqual() {
        assertEquals("hoa", SearchKeys.fold("Hoà"));
        assertEquals(SearchKeys.fold("Hoà"), SearchKeys.fold("Hòa"));
        assertEquals("thuy", SearchKeys.fold("Thuỷ"));
        assertEquals(SearchKeys.fold("Thuỷ"), SearchKeys.fold("Thủy"));
    }

    @Test
    void decomposedInputFoldsLikeComposedInput() {
        String composed = Normalizer.normalize("Trường THPT Lê Quý Đôn", Normalizer.Form.NFC);
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertNotEquals(composed, decomposed);

        assertEquals("truong thpt le quy don", SearchKeys.fold(decomposed));
        assertEquals(SearchKeys.fold(composed), SearchKeys.fold(decomposed));
    }

    @Test
    void punctuationAndRunsOfWhitespaceCollapseToSingleSpaces() {
        assertEquals("thpt le chan hai phong", SearchKeys.fold("  THPT   Lê-Chân,\t(Hải   Phòng)!  "));
        assertEquals("a b", SearchKeys.fold("a.../\\b"));
    }

    @Test
    void foldOfNullBlankOrPunctuationOnlyIsEmpty() {
        assertEquals("", SearchKeys.fold(null));
        assertEquals("", SearchKeys.fold(""));
        assertEquals("", SearchKeys.fold(" \t\n "));
        assertEquals("", SearchKeys.fold("--- ,,, "));
    }

    @Test
    void tokensSplitTheFoldedQuery() {
        assertEquals(List.of("le", "chan"), SearchKeys.tokens("  le   CHAN "));
        assertEquals(List.of("duong", "kinh"), SearchKeys.tokens("Dương-Kinh"));
    }

    @Test
    void tokensOfEmptyOrBlankQueryAreEmpty() {
        assertEquals(List.of(), SearchKeys.tokens(""));
        assertEquals(List.of(), SearchKeys.tokens("   "));
        assertEquals(List.of(), SearchKeys.tokens(null));
    }

    @Test
    void foldAllSeparatesFieldsSoThatTokensDoNotSpanThem() {
        String key = SearchKeys.foldAll("Lê Chân", "LC", "HP-LC");

        assertEquals(" le chan | lc | hp lc |", key);
        assertTrue(key.contains(" le chan "));
        assertFalse(key.contains("chan lc"));
        assertFalse(key.contains("lc hp"));
    }

    @Test
    void foldAllSkipsNullAndBlankFields() {
        assertEquals(" le chan | lc |", SearchKeys.foldAll("Lê Chân", null, "  ", "LC"));
        assertEquals("", SearchKeys.foldAll(null, ""));
    }
}
