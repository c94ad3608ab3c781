package vn.bdg.application.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.bdg.application.consolidation.CountedNarratives.NarrativeSize;

class ExcerptsTest {

    @Test
    void aTextThatFitsIsQuotedWhole() {
        assertEquals("Đã tổ chức 3 buổi tuyên truyền.", Excerpts.cut("  Đã tổ chức 3 buổi tuyên truyền. ", 300));
        String exactly = "a".repeat(300);
        assertEquals(exactly, Excerpts.cut(exactly, 300));
    }

    @Test
    void aLongerTextEndsAfterTheLastWholeWordThatFitsWithAnEllipsis() {
        String text = "Nhà trường tổ chức tuyên truyền về bình đẳng giới cho học sinh";
        assertEquals("Nhà trường tổ chức…", Excerpts.cut(text, 20));
        assertEquals("Nhà trường tổ chức…", Excerpts.cut(text, 21), "\"tuyên\" would need 26");
        assertTrue(Excerpts.cut(text, 20).length() <= 20);
    }

    @Test
    void noCommaOrColonIsLeftBeforeTheEllipsis() {
        assertEquals("Kết quả gồm…", Excerpts.cut("Kết quả gồm: tuyên truyền, tập huấn, thi tìm hiểu", 16));
        assertEquals("Tuyên truyền…", Excerpts.cut("Tuyên truyền, tập huấn và thi tìm hiểu", 17));
    }

    @Test
    void aSingleOverlongWordIsCutInsideButNeverBetweenTheHalvesOfACharacter() {
        assertEquals("abcdefghi…", Excerpts.cut("abcdefghijklmnop", 10));
        String emoji = "abcdefgh\uD83D\uDE00xyz";
        assertEquals("abcdefgh…", Excerpts.cut(emoji, 10), "the emoji would be split at 9");
    }

    @Test
    void theLongestNarrativesOfEachTaskAreChosenTiesByUnitNameInVietnameseOrder() {
        List<NarrativeSize> narratives = List.of(
                new NarrativeSize(1, "I.1", "Trường THPT Ngô Quyền", 900),
                new NarrativeSize(2, "I.1", "Trường THPT Đồ Sơn", 400),
                new NarrativeSize(3, "I.1", "Trường THPT Dương Kinh", 400),
                new NarrativeSize(4, "I.1", "Trường THPT An Lão", 100),
                new NarrativeSize(5, "I.2", "Trường THPT An Lão", 50),
                new NarrativeSize(6, "I.1", "Trường THPT Lê Chân", 400));

        Map<String, List<NarrativeSize>> chosen = Excerpts.choose(narratives);

        assertEquals(List.of(1L, 3L, 2L), chosen.get("I.1").stream().map(NarrativeSize::reportId).toList(),
                "900 first; of the three 400s Dương before Đồ (D before Đ), Lê Chân is the fourth");
        assertEquals(List.of(5L), chosen.get("I.2").stream().map(NarrativeSize::reportId).toList());
        List<NarrativeSize> reversed = new ArrayList<>(narratives);
        Collections.reverse(reversed);
        assertEquals(chosen, Excerpts.choose(reversed), "the database's row order does not matter");
    }
}
