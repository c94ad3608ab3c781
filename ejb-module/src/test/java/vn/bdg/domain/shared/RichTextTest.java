package vn.bdg.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void keepsWhatTheEditorProducesForText() {
        String html = "<p>Tổ chức <strong>3 buổi</strong> nói chuyện; <em>100 %</em> học sinh tham gia.</p>"
                + "<ol><li>Chào cờ</li><li>Ngoại khóa</li></ol>";
        assertEquals(html, RichText.clean(html, "I.1"));
    }

    @Test
    void removesScriptsStylesHandlersAndScriptLinks() {
        String cleaned = RichText.clean("<p onclick=\"steal()\" style=\"color:red\">Báo cáo</p><script>alert(1)</script>"
                + "<img src=x onerror=alert(2)><a href=\"javascript:alert(3)\">xem</a><iframe src=\"//x\"></iframe>", "I.1");
        assertEquals("<p>Báo cáo</p><a rel=\"nofollow\">xem</a>", cleaned);
        assertFalse(cleaned.contains("script"));
    }

    @Test
    void anEmptyEditorIsNoNarrative() {
        assertNull(RichText.clean("<p><br></p>", "I.1"));
        assertNull(RichText.clean("  ", "I.1"));
    }

    @Test
    void tooLongIsRefusedNamingTheTask() {
        BusinessException refusal = assertThrows(BusinessException.class,
                () -> RichText.clean("<p>" + "a".repeat(RichText.MAX_LENGTH) + "</p>", "II.2"));
        assertEquals("richText.error.tooLong", refusal.getMessageKey());
        assertTrue(refusal.getArguments().contains("II.2"));
    }
}
