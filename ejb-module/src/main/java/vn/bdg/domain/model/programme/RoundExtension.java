package vn.bdg.domain.model.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.bdg.domain.model.org.OrgUnit;

/**
 * More time for one unit in one round: until when, why, who granted it and when. Never changed or
 * deleted, so the record is its own audit trail; a later extension supersedes an earlier one.
 */
@Entity
@Table(name = "round_extension")
public class RoundExtension {

    @Id
    @SequenceGenerator(name = "round_extension_seq", sequenceName = "round_extension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "round_extension_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "round_id", updatable = false)
    private ReportingRound round;

    @ManyToOne(optional = false)
    @JoinColumn(name = "org_unit_id", updatable = false)
    private OrgUnit unit;

    @Column(name = "due_until", nullable = false, updatable = false)
    private LocalDate until;

    @Column(nullable = false, length = 500, updatable = false)
    private String reason;

    @Column(name = "granted_by", nullable = false, length = 60, updatable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false, updatable = false)
    private Instant grantedAt;

    protected RoundExtension() {
    }

    RoundExtension(ReportingRound round, OrgUnit unit, LocalDate until, String reason, String grantedBy,
                   Instant grantedAt) {
        this.round = round;
        this.unit = unit;
        this.until = until;
        this.reason = reason;
        this.grantedBy = grantedBy;
        this.grantedAt = grantedAt;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public LocalDate getUntil() {
        return until;
    }

    public String getReason() {
        return reason;
    }

    public String getGrantedBy() {
        return grantedBy;
    }

    public Instant getGrantedAt() {
        return grantedAt;
    }
}
