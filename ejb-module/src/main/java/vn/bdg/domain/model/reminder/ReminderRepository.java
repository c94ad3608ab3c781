package vn.bdg.domain.model.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.report.ReportStatus;

/**
 * The reminders and digests sent, and what deciding them reads: each read covers a whole programme,
 * round or set of units in one query, never one query per unit.
 */
public interface ReminderRepository {

    /** Published programmes, oldest first. */
    List<Programme> publishedProgrammes();

    /** The units {@code programme} expects, with their parent links (a unit's due date depends on them). */
    List<OrgUnit> expectedUnits(Programme programme);

    /** The status of each unit's report in a round, by unit id; a unit that has not opened one is absent. */
    Map<Long, ReportStatus> reportStatuses(long roundId);

    /** Enabled accounts holding one of {@code roles} on each of the units (on the unit itself), by unit id. */
    Map<Long, List<UserAccount>> holders(Collection<Long> unitIds, Set<Role> roles);

    /** Enabled accounts holding {@code role}, by the unit they hold it on. */
    Map<Long, List<UserAccount>> holders(Role role);

    /** The reminders already sent for {@code day}. */
    Set<ReminderKey> sentOn(LocalDate day);

    /**
     * Inserts the rows of reminders about to be sent, at once rather than at commit: a concurrent run of
     * the same day then waits here and fails on the primary key, before it has written anything else.
     */
    void claim(Collection<SentReminder> reminders);

    /** Reminders sent, the latest first. */
    List<SentReminderRow> sent(int first, int max);

    long countSent();

    /** The accounts that have had their digest of {@code day}. */
    Set<Long> digestedOn(LocalDate day);

    /** Where the last digest of each account ended, by account id; an account never digested is absent. */
    Map<Long, Instant> lastDigestedUntil(Collection<Long> accountIds);

    /** Reports still waiting for review that were submitted after {@code after} and up to {@code until}. */
    List<Submission> submittedBetween(Instant after, Instant until);

    /** Inserts the rows of digests about to be sent, at once, like {@link #claim(Collection)}. */
    void claimDigests(Collection<SentDigest> digests);
}
