/**
 * Reminders of due dates and the reviewers' daily digest: when a unit is reminded
 * ({@link vn.bdg.domain.model.reminder.ReminderSchedule}), and the record of each reminder and digest
 * sent, whose key makes it go out once.
 */
package vn.bdg.domain.model.reminder;
