package vn.bdg.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.account.UserAccount;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.reminder.ReminderKey;
import vn.bdg.domain.model.reminder.ReminderRepository;
import vn.bdg.domain.model.reminder.SentDigest;
import vn.bdg.domain.model.reminder.SentReminder;
import vn.bdg.domain.model.reminder.SentReminderRow;
import vn.bdg.domain.model.reminder.Submission;
import vn.bdg.domain.model.report.ReportStatus;

/** Reminders and digests on JPA; the queries are in META-INF/queries/reminder.xml. */
@ApplicationScoped
public class JpaReminderRepository implements ReminderRepository {

    @PersistenceContext(unitName = "bdg")
    private EntityManager em;

    @Override
    public List<Programme> publishedProgrammes() {
        return em.createNamedQuery("Reminder.publishedProgrammes", Programme.class).getResultList();
    }

    /**
     * The parent links and their parents are batch-read by EclipseLink for all units at once (a query
     * per few hundred units), instead of lazily per unit when the due date asks for the parent.
     */
    @Override
    public List<OrgUnit> expectedUnits(Programme programme) {
        return em.createNamedQuery("Reminder.expectedUnits", OrgUnit.class)
                .setParameter("programmeId", programme.getId())
                .setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.batch", "u.parentLinks")
                .setHint("eclipselink.batch", "u.parentLinks.parent")
                .getResultList();
    }

    @Override
    public Map<Long, ReportStatus> reportStatuses(long roundId) {
        Map<Long, ReportStatus> statuses = new HashMap<>();
        for (Object[] row : em.createNamedQuery("Reminder.reportStatuses", Object[].class)
                .setParameter("roundId", roundId)
                .getResultList()) {
            statuses.put((Long) row[0], (ReportStatus) row[1]);
        }
        return statuses;
    }

    @Override
    public Map<Long, List<UserAccount>> holders(Collection<Long> unitIds, Set<Role> roles) {
        if (unitIds.isEmpty() || roles.isEmpty()) {
            return Map.of();
        }
        return byUnit(em.createNamedQuery("Reminder.holders", Object[].class)
                .setParameter("units", unitIds)
                .setParameter("roles", roles)
                .setParameter("enabled", true)
                .getResultList());
    }

    @Override
    public Map<Long, List<UserAccount>> holders(Role role) {
        return byUnit(em.createNamedQuery("Reminder.holdersOfRole", Object[].class)
                .setParameter("role", role)
                .setParameter("enabled", true)
                .getResultList());
    }

    /** Rows of (unit id, account) grouped by unit, each account once per unit. */
    private static Map<Long, List<UserAccount>> byUnit(List<Object[]> rows) {
        Map<Long, Set<UserAccount>> byUnit = new LinkedHashMap<>();
        for (Object[] row : rows) {
            byUnit.computeIfAbsent((Long) row[0], unit -> new LinkedHashSet<>()).add((UserAccount) row[1]);
        }
        Map<Long, List<UserAccount>> holders = new HashMap<>();
        byUnit.forEach((unit, accounts) -> holders.put(unit, List.copyOf(accounts)));
        return holders;
    }

    @Override
    public Set<ReminderKey> sentOn(LocalDate day) {
        return new HashSet<>(em.createNamedQuery("Reminder.keysOn", ReminderKey.class)
                .setParameter("day", day)
                .getResultList());
    }

    @Override
    public void claim(Collection<SentReminder> reminders) {
        reminders.forEach(em::persist);
        em.flush();
    }

    @Override
    public List<SentReminderRow> sent(int first, int max) {
        return em.createNamedQuery("Reminder.sent", SentReminderRow.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countSent() {
        return em.createNamedQuery("Reminder.countSent", Long.class).getSingleResult();
    }

    @Override
    public Set<Long> digestedOn(LocalDate day) {
        return new HashSet<>(em.createNamedQuery("Digest.accountsOn", Long.class)
                .setParameter("day", day)
                .getResultList());
    }

    @Override
    public Map<Long, Instant> lastDigestedUntil(Collection<Long> accountIds) {
        Map<Long, Instant> until = new HashMap<>();
        if (accountIds.isEmpty()) {
            return until;
        }
        for (SentDigest last : em.createNamedQuery("Digest.lastOf", SentDigest.class)
                .setParameter("accounts", accountIds)
                .getResultList()) {
            until.put(last.getKey().getAccountId(), last.getCoveredUntil());
        }
        return until;
    }

    @Override
    public List<Submission> submittedBetween(Instant after, Instant until) {
        return em.createNamedQuery("Digest.submittedBetween", Object[].class)
                .setParameter("after", after)
                .setParameter("until", until)
                .getResultList().stream()
                .map(row -> new Submission((Long) row[0], (Programme) row[1], (ReportingRound) row[2],
                        (OrgUnit) row[3], (Instant) row[4]))
                .toList();
    }

    @Override
    public void claimDigests(Collection<SentDigest> digests) {
        digests.forEach(em::persist);
        em.flush();
    }
}
