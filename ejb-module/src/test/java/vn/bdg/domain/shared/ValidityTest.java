package vn.bdg.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ValidityTest {

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private static final LocalDate END = LocalDate.of(2025, 6, 30);

    @Test
    void betweenRefusesAnEndBeforeTheStart() {
        BusinessException refused = assertThrows(BusinessException.class,
                () -> Validity.between(START, START.minusDays(1)));
        assertEquals("org.error.validityEndsBeforeStart", refused.getMessageKey());
    }

    @Test
    void betweenAcceptsASingleDay() {
        Validity oneDay = Validity.between(START, START);

        assertTrue(oneDay.contains(START));
        assertFalse(oneDay.contains(START.minusDays(1)));
        assertFalse(oneDay.contains(START.plusDays(1)));
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        Validity validity = Validity.between(START, END);

        assertFalse(validity.contains(START.minusDays(1)));
        assertTrue(validity.contains(START));
        assertTrue(validity.contains(LocalDate.of(2023, 3, 15)));
        assertTrue(validity.contains(END));
        assertFalse(validity.contains(END.plusDays(1)));
        assertFalse(validity.isOpen());
    }

    @Test
    void openEndedValidityContainsFarFutureDaysButNotDaysBeforeItsStart() {
        Validity open = Validity.from(START);

        assertTrue(open.isOpen());
        assertNull(open.getValidTo());
        assertTrue(open.contains(START));
        assertTrue(open.contains(LocalDate.of(9999, 12, 31)));
        assertFalse(open.contains(START.minusDays(1)));
    }

    @Test
    void endingOnReturnsAClosedCopyAndLeavesTheOriginalOpen() {
        Validity open = Validity.from(START);

        Validity ended = open.endingOn(END);

        assertEquals(START, ended.getValidFrom());
        assertEquals(END, ended.getValidTo());
        assertFalse(ended.isOpen());
        assertFalse(ended.contains(END.plusDays(1)));
        assertTrue(open.isOpen());
        assertTrue(open.contains(END.plusDays(1)));
    }

    @Test
    void endingOnTheStartDayIsAllowedButBeforeItIsRefused() {
        Validity open = Validity.from(START);

        assertEquals(Validity.between(START, START), open.endingOn(START));
        BusinessException refused = assertThrows(BusinessException.class,
                () -> open.endingOn(START.minusDays(1)));
        assertEquals("org.error.validityEndsBeforeStart", refused.getMessageKey());
    }

    @Test
    void equalityIsByBothDates() {
        assertEquals(Validity.between(START, END), Validity.between(START, END));
        assertEquals(Validity.between(START, END).hashCode(), Validity.between(START, END).hashCode());
        assertEquals(Validity.from(START), Validity.from(START));
        assertNotEquals(Validity.from(START), Validity.between(START, END));
        assertNotEquals(Validity.between(START, END), Validity.between(START.plusDays(1), END));
    }

    @Test
    void fromRefusesAMissingStart() {
        assertThrows(NullPointerException.class, () -> Validity.from(null));
    }
}
