package vn.bdg.domain.model.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * On which days a unit that has not reported is reminded of a due date: on each of the configured
 * days before it ("nhắc lần 1, lần 2": by default 7, 3 and 1 days before), on the due date itself, and
 * then once a week while the report is overdue, so a late unit is reminded without being flooded. A
 * day before the due date that is not configured, and the six days between two weekly reminders, get
 * nothing.
 */
public final class ReminderSchedule {

    /** How often an overdue unit is reminded, in days after its due date. */
    public static final int OVERDUE_EVERY_DAYS = 7;

    /** The days before the due date of the default configuration. */
    public static final String DEFAULT_DAYS_BEFORE = "7,3,1";

    private final SortedSet<Integer> daysBefore;

    public ReminderSchedule(Collection<Integer> daysBefore) {
        for (int days : daysBefore) {
            if (days < 1) {
                throw new IllegalArgumentException("A reminder before the due date needs at least 1 day, not " + days);
            }
        }
        this.daysBefore = Collections.unmodifiableSortedSet(new TreeSet<>(daysBefore));
    }

    /** The schedule of a configured list such as "7,3,1" (blank: no reminder before the due date). */
    public static ReminderSchedule parse(String list) {
        TreeSet<Integer> days = new TreeSet<>();
        if (list != null) {
            for (String part : list.split(",")) {
                if (!part.isBlank()) {
                    try {
                        days.add(Integer.parseInt(part.trim()));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("Not a number of days: \"" + part.trim() + "\" in \""
                                + list + "\"", e);
                    }
                }
            }
        }
        return new ReminderSchedule(days);
    }

    /** The reminder a unit due on {@code due} gets on {@code day}, if any. */
    public Optional<ReminderKind> kindOn(LocalDate due, LocalDate day) {
        long left = ChronoUnit.DAYS.between(day, due);
        if (left > 0) {
            return daysBefore.contains((int) Math.min(left, Integer.MAX_VALUE))
                    ? Optional.of(ReminderKind.DEADLINE_NEAR) : Optional.empty();
        }
        if (left == 0) {
            return Optional.of(ReminderKind.DEADLINE_TODAY);
        }
        return -left % OVERDUE_EVERY_DAYS == 0 ? Optional.of(ReminderKind.OVERDUE) : Optional.empty();
    }

    public SortedSet<Integer> getDaysBefore() {
        return daysBefore;
    }

    @Override
    public String toString() {
        return "days before " + daysBefore + ", on the day, every " + OVERDUE_EVERY_DAYS + " days overdue";
    }
}
