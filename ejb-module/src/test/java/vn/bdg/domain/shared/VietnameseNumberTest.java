package vn.bdg.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.VietnameseNumber.Kind;

class VietnameseNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "1.000;1000", "1.234.567;1234567", "29;29", "0;0", "' 45 ';45", "-3;-3"})
    void countsReadDotsAsThousands(String text, String expected) {
        assertEquals(new BigDecimal(expected), VietnameseNumber.parse(text, Kind.COUNT, "BDG-01"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "12,5;12.5", "1.234,75;1234.75", "100;100", "0,25;0.25", "1.000;1000"})
    void decimalsReadTheCommaAsTheDecimalMark(String text, String expected) {
        assertEquals(0, new BigDecimal(expected).compareTo(VietnameseNumber.parse(text, Kind.DECIMAL, "BDG-27")));
    }

    @Test
    void whatCouldBeReadTwoWaysIsRefusedNamingTheField() {
        BusinessException comma = assertThrows(BusinessException.class,
                () -> VietnameseNumber.parse("1,000", Kind.COUNT, "BDG-01 Tổng số"));
        assertEquals("number.error.countWithComma", comma.getMessageKey());
        assertEquals("BDG-01 Tổng số", comma.getArguments().get(0));
        assertEquals("number.error.dotNotThousands", assertThrows(BusinessException.class,
                () -> VietnameseNumber.parse("12.5", Kind.DECIMAL, "BDG-27")).getMessageKey());
        assertEquals("number.error.dotNotThousands", assertThrows(BusinessException.class,
                () -> VietnameseNumber.parse("1.00", Kind.COUNT, "BDG-01")).getMessageKey());
        assertEquals("number.error.unreadable", assertThrows(BusinessException.class,
                () -> VietnameseNumber.parse("mười", Kind.COUNT, "BDG-01")).getMessageKey());
        assertEquals("number.error.unreadable", assertThrows(BusinessException.class,
                () -> VietnameseNumber.parse("12,5,1", Kind.DECIMAL, "BDG-27")).getMessageKey());
    }

    @Test
    void anEmptyFieldHasNoValue() {
        assertNull(VietnameseNumber.parse("  ", Kind.COUNT, "BDG-01"));
        assertNull(VietnameseNumber.parse(null, Kind.DECIMAL, "BDG-27"));
    }

    @org.junit.jupiter.api.Test
    void aNumberThatArrivedAsANumberMustBeWholeInACount() {
        assertEquals(new BigDecimal("1000"), VietnameseNumber.check(new BigDecimal("1E+3"), Kind.COUNT, "BDG-01"));
        assertEquals(new BigDecimal("612"), VietnameseNumber.check(new BigDecimal("612.000"), Kind.COUNT, "BDG-19"));
        assertEquals(new BigDecimal("45.5"), VietnameseNumber.check(new BigDecimal("45.50"), Kind.DECIMAL, "BDG-27"));
        assertNull(VietnameseNumber.check(null, Kind.COUNT, "BDG-01"));
        BusinessException fractional = assertThrows(BusinessException.class,
                () -> VietnameseNumber.check(new BigDecimal("16.5"), Kind.COUNT, "BDG-09 — Số đảng viên"));
        assertEquals("number.error.notWhole", fractional.getMessageKey());
        assertEquals(java.util.List.of("BDG-09 — Số đảng viên", "16,5"), fractional.getArguments());
    }

    @org.junit.jupiter.api.Test
    void numbersAreWrittenAsVietnameseReadThem() {
        assertEquals("1.234,5", VietnameseNumber.format(new BigDecimal("1234.5")));
        assertEquals("1.029", VietnameseNumber.format(new BigDecimal("1029.0000")));
        assertEquals("", VietnameseNumber.format(null));
    }

    @Test
    void aChangeShowsItsSign() {
        assertEquals("+1.234,5", VietnameseNumber.formatSigned(new BigDecimal("1234.5")));
        assertEquals("-2,25", VietnameseNumber.formatSigned(new BigDecimal("-2.2500")));
        assertEquals("0", VietnameseNumber.formatSigned(new BigDecimal("0.001")));
        assertEquals("0", VietnameseNumber.formatSigned(new BigDecimal("-0.004")));
        assertEquals("", VietnameseNumber.formatSigned(null));
    }
}
