package vn.bdg.domain.model.org;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.BusinessException;

class UnitDescriptionTest {

    @Test
    void decomposedTextIsStoredComposed() {
        String nfdName = Normalizer.normalize("Trường THPT Lê Chân", Normalizer.Form.NFD);
        String nfdAddress = Normalizer.normalize("Số 1 Đường Lạch Tray", Normalizer.Form.NFD);

        UnitDescription description = new UnitDescription(nfdName, null, null, nfdAddress, null);

        assertEquals("Trường THPT Lê Chân", description.getName());
        assertTrue(Normalizer.isNormalized(description.getName(), Normalizer.Form.NFC));
        assertEquals("Số 1 Đường Lạch Tray", description.getAddress());
    }

    @Test
    void composedAndDecomposedDescriptionsAreEqual() {
        String name = "Phòng GD&ĐT Thủy Nguyên";
        UnitDescription composed = new UnitDescription(name, "PGD Thủy Nguyên", null, null, null);
        UnitDescription decomposed = new UnitDescription(Normalizer.normalize(name, Normalizer.Form.NFD),
                Normalizer.normalize("PGD Thủy Nguyên", Normalizer.Form.NFD), null, null, null);

        assertEquals(composed, decomposed);
        assertEquals(composed.hashCode(), decomposed.hashCode());
    }

    @Test
    void whitespaceIsTrimmedAndCollapsed() {
        UnitDescription description = new UnitDescription("  Trường   THPT\tLê\n Chân  ", "  THPT  LC ",
                " HP-01 ", "  12   Lạch Tray ", null);

        assertEquals("Trường THPT Lê Chân", description.getName());
        assertEquals("THPT LC", description.getShortName());
        assertEquals("HP-01", description.getSymbol());
        assertEquals("12 Lạch Tray", description.getAddress());
    }

    @Test
    void emailIsTrimmedAndLowerCased() {
        UnitDescription description = new UnitDescription("Sở GD&ĐT", null, null, null,
                "  VanPhong@HaiPhong.EDU.VN ");

        assertEquals("vanphong@haiphong.edu.vn", description.getEmail());
    }

    @Test
    void blankOptionalFieldsBecomeNull() {
        UnitDescription description = new UnitDescription("Sở GD&ĐT", null, "  ", "", " \t ");

        assertNull(description.getSymbol());
        assertNull(description.getAddress());
        assertNull(description.getEmail());
    }

    @Test
    void shortNameDefaultsToTheNormalisedName() {
        String nfdName = Normalizer.normalize("  Trường  THCS Ngô Quyền ", Normalizer.Form.NFD);

        assertEquals("Trường THCS Ngô Quyền", new UnitDescription(nfdName, null, null, null, null).getShortName());
        assertEquals("Trường THCS Ngô Quyền", new UnitDescription(nfdName, "   ", null, null, null).getShortName());
    }

    @Test
    void differentEmailsMakeDifferentDescriptions() {
        assertNotEquals(new UnitDescription("A", null, null, null, "a@x.vn"),
                new UnitDescription("A", null, null, null, "b@x.vn"));
    }

    @Test
    void nameIsRequired() {
        BusinessException missing = assertThrows(BusinessException.class,
                () -> new UnitDescription(null, "A", null, null, null));
        assertEquals("org.error.nameRequired", missing.getMessageKey());
        BusinessException blank = assertThrows(BusinessException.class,
                () -> new UnitDescription("   ", "A", null, null, null));
        assertEquals("org.error.nameRequired", blank.getMessageKey());
    }
}
