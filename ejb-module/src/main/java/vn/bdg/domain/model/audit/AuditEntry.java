package vn.bdg.domain.model.audit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PreRemove;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One line of the audit trail: at what moment, who ({@value #SYSTEM} for the server's own timers), from
 * which address ({@value #SERVER} when no person's request caused it), what kind of thing happened to
 * which subject, in which organisation unit (the one whose reviewers may read it), and what it was, as
 * a message key of the user-interface bundle with its arguments, so that each reader sees it in their
 * own language. A value change lists its fields with before and after.
 * <p>
 * Written once and never again: every column is {@code updatable = false}, there are no mutators, the
 * lists handed out cannot be changed, and an attempt to update or remove an entry through JPA fails.
 * On PostgreSQL a trigger refuses UPDATE and DELETE as well (migration V10_1).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    public static final String SYSTEM = "system";
    public static final String SERVER = "server";

    public static final int MAX_NAME = 60;
    public static final int MAX_SUBJECT_TYPE = 20;
    public static final int MAX_MESSAGE_KEY = 100;
    public static final int MAX_ARGUMENT = 1000;

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    @Column(updatable = false)
    private Long id;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = MAX_NAME, updatable = false)
    private String actor;

    @Column(nullable = false, length = MAX_NAME, updatable = false)
    private String origin;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private AuditKind kind;

    @Column(name = "subject_type", nullable = false, length = MAX_SUBJECT_TYPE, updatable = false)
    private String subjectType;

    @Column(name = "subject_id", updatable = false)
    private Long subjectId;

    @Column(name = "org_unit_id", updatable = false)
    private Long unitId;

    @Column(name = "message_key", nullable = false, length = MAX_MESSAGE_KEY, updatable = false)
    private String messageKey;

    @ElementCollection
    @CollectionTable(name = "audit_argument", joinColumns = @JoinColumn(name = "entry_id", updatable = false))
    @OrderColumn(name = "list_index", updatable = false)
    @Column(name = "argument", nullable = false, length = MAX_ARGUMENT, updatable = false)
    private List<String> arguments = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "entry_id", updatable = false))
    @OrderColumn(name = "list_index", updatable = false)
    private List<AuditChange> changes = new ArrayList<>();

    protected AuditEntry() {
    }

    /**
     * An entry as it will stay. Names, origin and arguments too long for their columns are cut rather
     * than refused: losing the tail of a file name is better than losing the record of its download.
     */
    public AuditEntry(Instant at, String actor, String origin, AuditKind kind, String subjectType, Long subjectId,
                      Long unitId, String messageKey, List<String> arguments, List<AuditChange> changes) {
        this.at = Objects.requireNonNull(at, "at");
        this.actor = AuditChange.cut(required(actor, "actor"), MAX_NAME);
        this.origin = AuditChange.cut(origin == null || origin.isBlank() ? SERVER : origin.trim(), MAX_NAME);
        this.kind = Objects.requireNonNull(kind, "kind");
        this.subjectType = required(subjectType, "subjectType");
        if (this.subjectType.length() > MAX_SUBJECT_TYPE) {
            throw new IllegalArgumentException("Subject type longer than " + MAX_SUBJECT_TYPE + ": " + subjectType);
        }
        this.subjectId = subjectId;
        this.unitId = unitId;
        this.messageKey = required(messageKey, "messageKey");
        if (this.messageKey.length() > MAX_MESSAGE_KEY) {
            throw new IllegalArgumentException("Message key longer than " + MAX_MESSAGE_KEY + ": " + messageKey);
        }
        Objects.requireNonNull(arguments, "arguments")
                .forEach(a -> this.arguments.add(AuditChange.cut(a == null ? "" : a, MAX_ARGUMENT)));
        Objects.requireNonNull(changes, "changes").forEach(c -> this.changes.add(Objects.requireNonNull(c, "change")));
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An audit entry needs its " + name);
        }
        return value.trim();
    }

    /** The last line of defence in the code: an entry is never written twice and never removed. */
    @PreUpdate
    @PreRemove
    void refuseChange() {
        throw new IllegalStateException("The audit trail is append-only: entry " + id + " cannot be changed or removed");
    }

    public Long getId() {
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

    public AuditKind getKind() {
        return kind;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public Long getUnitId() {
        return unitId;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> getArguments() {
        return Collections.unmodifiableList(arguments);
    }

    public List<AuditChange> getChanges() {
        return Collections.unmodifiableList(changes);
    }
}
