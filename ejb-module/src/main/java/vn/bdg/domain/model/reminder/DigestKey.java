package vn.bdg.domain.model.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** One reviewer's digest of one day: a reviewer gets at most one a day. */
@Embeddable
public class DigestKey implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "digest_day", nullable = false, updatable = false)
    private LocalDate digestDay;

    protected DigestKey() {
    }

    public DigestKey(long accountId, LocalDate digestDay) {
        this.accountId = accountId;
        this.digestDay = Objects.requireNonNull(digestDay, "digestDay");
    }

    public long getAccountId() {
        return accountId;
    }

    public LocalDate getDigestDay() {
        return digestDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DigestKey that && accountId == that.accountId && digestDay.equals(that.digestDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accountId, digestDay);
    }

    @Override
    public String toString() {
        return "digest of account " + accountId + " on " + digestDay;
    }
}
