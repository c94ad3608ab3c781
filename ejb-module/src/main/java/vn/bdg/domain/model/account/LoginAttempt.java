package vn.bdg.domain.model.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login attempt: who, when, from where, and how it ended. Append-only: it has no mutators. */
@Entity
@Table(name = "login_audit")
public class LoginAttempt {

    @Id
    @SequenceGenerator(name = "login_audit_seq", sequenceName = "login_audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "login_audit_seq")
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "remote_address", length = 60)
    private String remoteAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private LoginOutcome outcome;

    protected LoginAttempt() {
    }

    public LoginAttempt(String username, Instant attemptedAt, String remoteAddress, LoginOutcome outcome) {
        this.username = username.length() > 60 ? username.substring(0, 60) : username;
        this.attemptedAt = attemptedAt;
        this.remoteAddress = remoteAddress;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public String getRemoteAddress() {
        return remoteAddress;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }
}
