package vn.bdg.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A reminder that went out: its key, the due date it was about and how many people it reached. The
 * row is written before the notices and mails, in their transaction, and its key is the table's
 * primary key, so a second run of the same day finds it (or fails on it and writes nothing). Never
 * changed afterwards.
 */
@Entity
@Table(name = "reminder_sent")
public class SentReminder {

    @EmbeddedId
    private ReminderKey key;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    private int recipients;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentReminder() {
    }

    public SentReminder(ReminderKey key, LocalDate dueOn, int recipients, Instant sentAt) {
        this.key = Objects.requireNonNull(key, "key");
        this.dueOn = Objects.requireNonNull(dueOn, "dueOn");
        this.recipients = recipients;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public ReminderKey getKey() {
        return key;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public int getRecipients() {
        return recipients;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
