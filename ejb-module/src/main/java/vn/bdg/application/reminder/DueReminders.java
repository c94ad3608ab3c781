package vn.bdg.application.reminder;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.reminder.ReminderKind;
import vn.bdg.domain.model.reminder.ReminderRepository;
import vn.bdg.domain.model.reminder.ReminderSchedule;
import vn.bdg.domain.model.report.ReportStatus;

/**
 * Which units are owed a reminder on a day: in every published programme and every round still open
 * for entry, each expected unit (open on that day) whose report is not submitted, accepted or marked
 * missing, when the {@link ReminderSchedule} names the day for the unit's own due date (its level's,
 * or its extension). Reads per programme its units once and per round its report statuses once.
 */
@Dependent
class DueReminders {

    /** A report in one of these needs no reminder: it is with the reviewers, or will not come. */
    private static final Set<ReportStatus> SETTLED =
            EnumSet.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED, ReportStatus.MISSING);

    @Inject
    private ReminderRepository repository;

    @Inject
    @ConfigProperty(name = "bdg.reminders.days-before", defaultValue = ReminderSchedule.DEFAULT_DAYS_BEFORE)
    private String daysBefore;

    ReminderSchedule schedule() {
        return ReminderSchedule.parse(daysBefore);
    }

    List<DueReminder> on(LocalDate day) {
        ReminderSchedule schedule = schedule();
        List<DueReminder> due = new ArrayList<>();
        for (Programme programme : repository.publishedProgrammes()) {
            List<ReportingRound> open = programme.getRounds().stream().filter(ReportingRound::isOpen).toList();
            if (open.isEmpty()) {
                continue;
            }
            List<OrgUnit> units = repository.expectedUnits(programme);
            for (ReportingRound round : open) {
                collect(schedule, programme, round, units, day, due);
            }
        }
        return due;
    }

    private void collect(ReminderSchedule schedule, Programme programme, ReportingRound round, List<OrgUnit> units,
                         LocalDate day, List<DueReminder> due) {
        Map<Long, ReportStatus> statuses = repository.reportStatuses(round.getId());
        for (OrgUnit unit : units) {
            if (!unit.isValidOn(day) || SETTLED.contains(statuses.get(unit.getId()))) {
                continue;
            }
            LocalDate unitDue = programme.dueFor(round, unit);
            Optional<ReminderKind> kind = schedule.kindOn(unitDue, day);
            kind.ifPresent(k -> due.add(new DueReminder(programme, round, unit, k, unitDue, day)));
        }
    }
}
