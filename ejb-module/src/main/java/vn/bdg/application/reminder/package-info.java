/**
 * Reminders of due dates and the reviewers' daily digest. Every day (a timer at 6:00, once after each
 * start, or an administrator's button) {@link vn.bdg.application.reminder.ReminderService} reminds the
 * editors and the head of each unit that has not sent its report: on the configured days before the
 * due date ({@code bdg.reminders.days-before}, default 7, 3 and 1), on the due date, and weekly while
 * it is overdue. Each reviewer gets at most one digest a day of the reports submitted to their level
 * since their previous digest, instead of a mail per report. A reminder or digest is a notice in the
 * application and an e-mail, and goes out exactly once: its key row is inserted before them, in their
 * transaction (see db/migration/common/V11__reminders.sql). The reminder of a returned report is sent
 * by the review itself.
 */
package vn.bdg.application.reminder;
