package vn.bdg.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * One sending-up of a unit's report, numbered from 1, with the values as they were sent: what a
 * resubmission is compared with. Part of the {@link UnitReport} aggregate; never changed afterwards.
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission {

    @Id
    @SequenceGenerator(name = "report_submission_seq", sequenceName = "report_submission_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_submission_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "report_id", updatable = false)
    private UnitReport report;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "submitted_by", nullable = false, updatable = false, length = 60)
    private String submittedBy;

    @Column(nullable = false, updatable = false)
    private boolean late;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_submission_value", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "cell", length = 200)
    @Column(name = "amount", precision = 19, scale = 4)
    private Map<String, BigDecimal> values = new HashMap<>();

    protected ReportSubmission() {
    }

    ReportSubmission(UnitReport report, int number, Map<String, BigDecimal> values, String by, Instant at, boolean late) {
        this.report = report;
        this.number = number;
        this.values = new HashMap<>(values);
        this.submittedBy = by;
        this.submittedAt = at;
        this.late = late;
    }

    public int getNumber() {
        return number;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public boolean isLate() {
        return late;
    }

    public Map<String, BigDecimal> getValues() {
        return Collections.unmodifiableMap(values);
    }
}
