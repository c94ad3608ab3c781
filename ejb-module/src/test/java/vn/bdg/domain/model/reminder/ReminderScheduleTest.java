package vn.bdg.domain.model.reminder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final LocalDate DUE = LocalDate.of(2020, 5, 31);
    private static final ReminderSchedule DEFAULT = ReminderSchedule.parse(ReminderSchedule.DEFAULT_DAYS_BEFORE);

    private static Optional<ReminderKind> on(LocalDate day) {
        return DEFAULT.kindOn(DUE, day);
    }

    @Test
    void theDefaultRemindsSevenThreeAndOneDayBefore() {
        assertEquals(Set.of(7, 3, 1), DEFAULT.getDaysBefore());
        assertEquals(Optional.of(ReminderKind.DEADLINE_NEAR), on(DUE.minusDays(7)));
        assertEquals(Optional.of(ReminderKind.DEADLINE_NEAR), on(DUE.minusDays(3)));
        assertEquals(Optional.of(ReminderKind.DEADLINE_NEAR), on(DUE.minusDays(1)));
    }

    @Test
    void otherDaysBeforeTheDueDateGetNothing() {
        for (int days : new int[] {2, 4, 5, 6, 8, 14, 30, 365}) {
            assertEquals(Optional.empty(), on(DUE.minusDays(days)), days + " days before");
        }
    }

    @Test
    void theDueDateItselfGetsTheDayReminder() {
        assertEquals(Optional.of(ReminderKind.DEADLINE_TODAY), on(DUE));
    }

    @Test
    void anOverdueUnitIsRemindedEverySeventhDayAndOnNoOtherDay() {
        List<Integer> reminded = new ArrayList<>();
        for (int late = 1; late <= 60; late++) {
            on(DUE.plusDays(late)).ifPresent(kind -> assertEquals(ReminderKind.OVERDUE, kind));
            if (on(DUE.plusDays(late)).isPresent()) {
                reminded.add(late);
            }
        }
        assertEquals(List.of(7, 14, 21, 28, 35, 42, 49, 56), reminded);
    }

    @Test
    void yearsLateIsStillWeekly() {
        LocalDate sixYearsOn = LocalDate.of(2026, 11, 30);
        assertEquals(Optional.of(ReminderKind.OVERDUE), DEFAULT.kindOn(LocalDate.of(2020, 11, 30), sixYearsOn));
        assertEquals(Optional.empty(), DEFAULT.kindOn(LocalDate.of(2020, 12, 22), sixYearsOn));
    }

    @Test
    void theDueDateCountsAcrossMonthAndYearEnds() {
        LocalDate newYearsEve = LocalDate.of(2020, 12, 31);
        assertEquals(Optional.of(ReminderKind.DEADLINE_NEAR), DEFAULT.kindOn(LocalDate.of(2021, 1, 3), newYearsEve));
        assertEquals(Optional.of(ReminderKind.OVERDUE), DEFAULT.kindOn(LocalDate.of(2020, 2, 28), LocalDate.of(2020, 3, 6)));
    }

    @Test
    void theDaysBeforeAreConfigurable() {
        ReminderSchedule schedule = ReminderSchedule.parse(" 10, 2 ,,");
        assertEquals(Set.of(10, 2), schedule.getDaysBefore());
        assertEquals(Optional.of(ReminderKind.DEADLINE_NEAR), schedule.kindOn(DUE, DUE.minusDays(10)));
        assertEquals(Optional.empty(), schedule.kindOn(DUE, DUE.minusDays(7)));
        assertEquals(Optional.of(ReminderKind.DEADLINE_TODAY), schedule.kindOn(DUE, DUE));
    }

    @Test
    void noDaysBeforeLeavesTheDueDateAndTheWeeklyReminders() {
        ReminderSchedule none = ReminderSchedule.parse("");
        assertTrue(none.getDaysBefore().isEmpty());
        assertEquals(Optional.empty(), none.kindOn(DUE, DUE.minusDays(1)));
        assertEquals(Optional.of(ReminderKind.DEADLINE_TODAY), none.kindOn(DUE, DUE));
        assertEquals(Optional.of(ReminderKind.OVERDUE), none.kindOn(DUE, DUE.plusDays(7)));
    }

    @Test
    void aConfigurationThatIsNotAListOfPositiveDaysIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("7,three,1"));
        assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("7,0"));
        assertThrows(IllegalArgumentException.class, () -> ReminderSchedule.parse("-3"));
    }
}
