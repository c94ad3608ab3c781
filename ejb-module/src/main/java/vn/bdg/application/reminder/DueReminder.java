package vn.bdg.application.reminder;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.reminder.ReminderKey;
import vn.bdg.domain.model.reminder.ReminderKind;

/** A reminder a unit is owed on {@code day}: of the round's due date {@code due} for that unit. */
record DueReminder(Programme programme, ReportingRound round, OrgUnit unit, ReminderKind kind, LocalDate due,
                   LocalDate day) {

    ReminderKey key() {
        return new ReminderKey(round.getId(), unit.getId(), kind, day);
    }

    /** Days left before the due date, or days overdue after it. */
    long days() {
        return Math.abs(ChronoUnit.DAYS.between(day, due));
    }

    String link() {
        return "/reports/report.xhtml?programme=" + programme.getId() + "&round=" + round.getCode()
                + "&unit=" + unit.getId();
    }
}
