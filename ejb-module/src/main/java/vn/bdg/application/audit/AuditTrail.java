package vn.bdg.application.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditEntry;
import vn.bdg.domain.model.audit.AuditRepository;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * The audit trail: use cases append to it in their own transaction, its readers page through it. An
 * entry about a subject is read by the REVIEWERs (and SYS_ADMINs) of a subtree holding the entry's unit;
 * everything one person did is read by a SYS_ADMIN. Nothing here or anywhere else changes or removes an
 * entry.
 */
@Stateless
public class AuditTrail {

    public static final int MAX_PAGE = 500;

    @Inject
    private AuditRepository entries;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private RequestOrigin requestOrigin;

    /**
     * Appends the event now, from where the current request came. It joins the caller's transaction, so
     * an action that rolls back leaves no entry and an entry that cannot be written stops the action.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(@NotNull AuditEvent event) {
        record(event, null);
    }

    /**
     * Appends the event from {@code origin} when the caller knows it better than the request context
     * does (a login checks the address it was given before any page runs); {@code null} means the
     * current request's.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void record(@NotNull AuditEvent event, String origin) {
        entries.append(new AuditEntry(clock.now(), event.actor(), origin == null ? currentOrigin() : origin,
                event.kind(), event.subjectType(), event.subjectId(), event.unitId(), event.messageKey(),
                event.arguments(), event.changes()));
    }

    /** A page of the trail of one subject, newest first: only its entries in units the actor reviews. */
    public List<AuditEntry> ofSubject(@NotNull Actor actor, @NotBlank String subjectType, long subjectId,
                                      @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        return entries.ofSubject(subjectType, subjectId, readableUnits(actor, subjectType, subjectId), first, max);
    }

    public long countOfSubject(@NotNull Actor actor, @NotBlank String subjectType, long subjectId) {
        return entries.countOfSubject(subjectType, subjectId, readableUnits(actor, subjectType, subjectId));
    }

    /** A page of what {@code username} did from {@code from} to {@code to} (whole days), newest first. */
    public List<AuditEntry> ofUser(@NotNull Actor actor, @NotBlank String username, @NotNull LocalDate from,
                                   @NotNull LocalDate to, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        requireSystemAdministrator(actor);
        return entries.ofActor(normalised(username), startOf(from), startOf(to.plusDays(1)), first, max);
    }

    public long countOfUser(@NotNull Actor actor, @NotBlank String username, @NotNull LocalDate from,
                            @NotNull LocalDate to) {
        requireSystemAdministrator(actor);
        return entries.countOfActor(normalised(username), startOf(from), startOf(to.plusDays(1)));
    }

    /**
     * The units whose entries about the subject the actor may read: those it was recorded in that lie in
     * the actor's REVIEWER or SYS_ADMIN subtrees. A subject recorded only in units the actor cannot see
     * does not exist for them; one they see but do not review is refused; nobody but a reviewer or
     * administrator reads any trail. A subject with no entries yet has an empty trail.
     */
    private Set<Long> readableUnits(Actor actor, String subjectType, long subjectId) {
        LocalDate today = clock.today();
        Set<Long> recordedIn = entries.unitsOfSubject(subjectType, subjectId);
        if (!recordedIn.isEmpty() && Collections.disjoint(recordedIn, access.visibleUnits(actor, today))) {
            throw new NotFoundException();
        }
        Set<Long> reviewed = new HashSet<>(access.unitsWithRole(actor, Role.REVIEWER, today));
        reviewed.addAll(access.unitsWithRole(actor, Role.SYS_ADMIN, today));
        if (reviewed.isEmpty() || !recordedIn.isEmpty() && Collections.disjoint(recordedIn, reviewed)) {
            throw new AccessDeniedException();
        }
        Set<Long> readable = new HashSet<>(recordedIn);
        readable.retainAll(reviewed);
        return readable;
    }

    /** Like the login audit, the trail of a person is for any SYS_ADMIN: a person is not in one subtree. */
    private void requireSystemAdministrator(Actor actor) {
        if (!access.holdsRoleAnywhere(actor, Role.SYS_ADMIN, clock.today())) {
            throw new AccessDeniedException();
        }
    }

    /** The request's address; none when no request context is active (a timer, a batch job). */
    private String currentOrigin() {
        try {
            return requestOrigin.address();
        } catch (ContextNotActiveException noRequest) {
            return AuditEntry.SERVER;
        }
    }

    private static String normalised(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(BusinessClock.ZONE).toInstant();
    }
}
