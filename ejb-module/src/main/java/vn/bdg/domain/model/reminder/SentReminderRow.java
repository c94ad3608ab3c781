package vn.bdg.domain.model.reminder;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder sent, as the administrators' list shows it: names instead of ids. */
public record SentReminderRow(LocalDate reminderDay, String roundName, String unitName, ReminderKind kind,
                              LocalDate dueOn, int recipients, Instant sentAt) {
}
