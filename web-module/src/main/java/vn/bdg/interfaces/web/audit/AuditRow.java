package vn.bdg.interfaces.web.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One audit entry as a page shows it, its sentence already in the reader's language. A class with
 * getters rather than a record: Jakarta EL 5 reads bean properties only.
 */
public final class AuditRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private final long id;
    private final Instant at;
    private final String actor;
    private final String origin;
    private final String kind;
    private final String message;
    private final List<Change> changes;
    private final String subjectType;
    private final Long trailId;

    /**
     * @param kind    the label of the entry's kind
     * @param message what happened
     * @param trailId the id of the entry's subject when that subject has a trail to open (it has an id
     *                and a unit whose reviewers read it), otherwise {@code null}
     */
    public AuditRow(long id, Instant at, String actor, String origin, String kind, String message,
                    List<Change> changes, String subjectType, Long trailId) {
        this.id = id;
        this.at = at;
        this.actor = actor;
        this.origin = origin;
        this.kind = kind;
        this.message = message;
        this.changes = List.copyOf(changes);
        this.subjectType = subjectType;
        this.trailId = trailId;
    }

    public long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getOrigin() {
        return origin;
    }

    public String getKind() {
        return kind;
    }

    public String getMessage() {
        return message;
    }

    public List<Change> getChanges() {
        return changes;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getTrailId() {
        return trailId;
    }

    /** One changed field: its label and its values, an empty value already spelt out. */
    public static final class Change implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String field;
        private final String before;
        private final String after;

        public Change(String field, String before, String after) {
            this.field = field;
            this.before = before;
            this.after = after;
        }

        public String getField() {
            return field;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }
}
