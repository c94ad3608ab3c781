package vn.bdg.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A reviewer's daily digest that went out, and the submissions it covered: those after
 * {@code coveredFrom} up to {@code coveredUntil}. The next digest starts where this one ended, so no
 * submission is announced twice. Written before the notice and mail, in their transaction, under the
 * one-a-day key. Never changed afterwards.
 */
@Entity
@Table(name = "digest_sent")
public class SentDigest {

    @EmbeddedId
    private DigestKey key;

    @Column(name = "covered_from", nullable = false, updatable = false)
    private Instant coveredFrom;

    @Column(name = "covered_until", nullable = false, updatable = false)
    private Instant coveredUntil;

    @Column(nullable = false, updatable = false)
    private int reports;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SentDigest() {
    }

    public SentDigest(DigestKey key, Instant coveredFrom, Instant coveredUntil, int reports, Instant sentAt) {
        this.key = Objects.requireNonNull(key, "key");
        this.coveredFrom = Objects.requireNonNull(coveredFrom, "coveredFrom");
        this.coveredUntil = Objects.requireNonNull(coveredUntil, "coveredUntil");
        this.reports = reports;
        this.sentAt = Objects.requireNonNull(sentAt, "sentAt");
    }

    public DigestKey getKey() {
        return key;
    }

    public Instant getCoveredFrom() {
        return coveredFrom;
    }

    public Instant getCoveredUntil() {
        return coveredUntil;
    }

    public int getReports() {
        return reports;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
