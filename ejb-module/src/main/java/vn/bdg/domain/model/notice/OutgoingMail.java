package vn.bdg.domain.model.notice;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * An e-mail waiting to be sent, written in the same transaction as the change it announces, so a
 * rolled-back change sends nothing and a committed one is sent even if the server stops first. Sent at
 * most once: it is marked sent in the transaction that hands it to the mail server. A failure is
 * retried later, less often each time, up to {@value #MAX_ATTEMPTS} attempts.
 */
@Entity
@Table(name = "outgoing_mail")
public class OutgoingMail {

    public static final int MAX_ATTEMPTS = 8;

    @Id
    @SequenceGenerator(name = "outgoing_mail_seq", sequenceName = "outgoing_mail_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outgoing_mail_seq")
    private Long id;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 500, updatable = false)
    private String subject;

    @Column(nullable = false, length = 8000, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_try_at", nullable = false)
    private Instant nextTryAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Version
    private int version;

    protected OutgoingMail() {
    }

    public OutgoingMail(String recipient, String subject, String body, Instant now) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
        this.nextTryAt = now;
    }

    public void sent(Instant now) {
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /** Records a failed attempt and when to try again: 1, 2, 4 … minutes later. */
    public void failed(String error, Instant now) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(500, error.length()));
        nextTryAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 10)));
    }

    public boolean isGivenUp() {
        return sentAt == null && attempts >= MAX_ATTEMPTS;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public String getLastError() {
        return lastError;
    }
}
