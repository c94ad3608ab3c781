package vn.bdg.domain.model.audit;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The audit trail's store: it appends and reads, and offers no way to change or remove an entry.
 * Lists are newest first.
 */
public interface AuditRepository {

    void append(AuditEntry entry);

    /** The entries about one subject recorded in one of {@code unitIds}, a page of them. */
    List<AuditEntry> ofSubject(String subjectType, long subjectId, Set<Long> unitIds, int first, int max);

    long countOfSubject(String subjectType, long subjectId, Set<Long> unitIds);

    /** The units the entries about one subject were recorded in (none for an unknown subject). */
    Set<Long> unitsOfSubject(String subjectType, long subjectId);

    /** What one person did from {@code from} (inclusive) until {@code until} (exclusive), a page of it. */
    List<AuditEntry> ofActor(String actor, Instant from, Instant until, int first, int max);

    long countOfActor(String actor, Instant from, Instant until);
}
