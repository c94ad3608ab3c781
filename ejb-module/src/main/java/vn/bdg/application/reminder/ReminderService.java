package vn.bdg.application.reminder;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.reminder.DigestKey;
import vn.bdg.domain.model.reminder.ReminderKey;
import vn.bdg.domain.model.reminder.ReminderRepository;
import vn.bdg.domain.model.reminder.SentDigest;
import vn.bdg.domain.model.reminder.SentReminder;
import vn.bdg.domain.model.reminder.SentReminderRow;
import vn.bdg.domain.shared.AccessDeniedException;

/**
 * Sends the reminders and the reviewers' digests of a day, each call one transaction. Running a day
 * again sends nothing twice: the key rows of what it is about to send are inserted first, so a retry,
 * a second timer, the button or the catch-up after a restart either skips them (already there) or,
 * when running at the very same moment, fails on the key and rolls back all it wrote.
 */
@Stateless
public class ReminderService {

    private static final Logger LOG = Logger.getLogger(ReminderService.class.getName());
    private static final Set<Role> UNIT_PEOPLE = EnumSet.of(Role.UNIT_EDITOR, Role.UNIT_HEAD);

    @Inject
    private DueReminders dueReminders;

    @Inject
    private ReviewerDigests reviewerDigests;

    @Inject
    private ReminderNotices reminderNotices;

    @Inject
    private ReminderRepository repository;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    /**
     * Reminds the editors and heads of every unit owed a reminder on {@code day} that has not had it;
     * returns how many reminders (round, unit and kind) went out. A unit without such people is skipped
     * and not recorded, so it is reminded if somebody is granted the role later that day.
     */
    public int remind(@NotNull LocalDate day) {
        long started = System.nanoTime();
        Set<ReminderKey> sent = repository.sentOn(day);
        List<DueReminder> owed = dueReminders.on(day).stream().filter(r -> !sent.contains(r.key())).toList();
        Map<Long, List<UserAccount>> people = repository.holders(
                owed.stream().map(r -> r.unit().getId()).collect(Collectors.toSet()), UNIT_PEOPLE);
        List<DueReminder> reaching = owed.stream().filter(r -> people.containsKey(r.unit().getId())).toList();
        Instant now = clock.now();
        repository.claim(reaching.stream()
                .map(r -> new SentReminder(r.key(), r.due(), people.get(r.unit().getId()).size(), now))
                .toList());
        int mails = 0;
        for (DueReminder reminder : reaching) {
            mails += reminderNotices.remind(reminder, people.get(reminder.unit().getId()));
        }
        reminderNotices.queued(mails);
        LOG.log(Level.INFO, "Reminders of {0} ({1}): {2} not sent yet, {3} sent to units with editors or a head,"
                + " {4} mails queued, in {5} ms", new Object[] {day, dueReminders.schedule(), owed.size(),
                reaching.size(), mails, String.valueOf(millisSince(started))});
        return reaching.size();
    }

    /**
     * Sends each reviewer who has not had one on {@code day} the digest of the reports submitted to
     * their level since their previous digest; returns how many digests went out.
     */
    public int digest(@NotNull LocalDate day) {
        long started = System.nanoTime();
        Instant now = clock.now();
        List<Digest> digests = reviewerDigests.on(day, now);
        repository.claimDigests(digests.stream()
                .map(d -> new SentDigest(new DigestKey(d.reviewer().getId(), day), d.from(), d.until(),
                        d.submissions().size(), now))
                .toList());
        int mails = 0;
        for (Digest digest : digests) {
            mails += reminderNotices.digest(digest);
        }
        reminderNotices.queued(mails);
        LOG.log(Level.INFO, "Digests of {0}: {1} sent, {2} mails queued, in {3} ms",
                new Object[] {day, digests.size(), mails, String.valueOf(millisSince(started))});
        return digests.size();
    }

    /** Today's reminders at once, for a SYS_ADMIN. */
    public int remindToday(@NotNull Actor actor) {
        requireAdministrator(actor);
        return remind(clock.today());
    }

    /** Today's digests at once, for a SYS_ADMIN. */
    public int digestToday(@NotNull Actor actor) {
        requireAdministrator(actor);
        return digest(clock.today());
    }

    /** The configured days before a due date on which units are reminded, for a SYS_ADMIN. */
    public SortedSet<Integer> daysBefore(@NotNull Actor actor) {
        requireAdministrator(actor);
        return dueReminders.schedule().getDaysBefore();
    }

    /** Reminders sent, the latest first, for a SYS_ADMIN. */
    public List<SentReminderRow> sent(@NotNull Actor actor, @Min(0) int first, @Min(1) int max) {
        requireAdministrator(actor);
        return repository.sent(first, max);
    }

    public long countSent(@NotNull Actor actor) {
        requireAdministrator(actor);
        return repository.countSent();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void requireAdministrator(Actor actor) {
        if (!access.holdsRoleAnywhere(actor, Role.SYS_ADMIN, clock.today())) {
            throw new AccessDeniedException();
        }
    }
}
