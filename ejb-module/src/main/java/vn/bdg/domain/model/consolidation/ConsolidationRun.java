package vn.bdg.domain.model.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import vn.bdg.domain.shared.BusinessException;

/**
 * One consolidation of one round: what it counts (accepted reports, or also submitted ones), who asked
 * for it, the Jakarta Batch job instance that computes it and how far that got. A failed or stopped
 * run is restarted as a further execution of the same job instance and continues from its checkpoint
 * on the reports it froze at its start; a run that completes is published and becomes what the round's
 * readers see.
 */
@Entity
@Table(name = "consolidation_run")
public class ConsolidationRun implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** Longest error text kept; the server log has the rest. */
    private static final int ERROR_LENGTH = 2000;

    @Id
    @SequenceGenerator(name = "consolidation_run_seq", sequenceName = "consolidation_run_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "consolidation_run_seq")
    private Long id;

    @Column(name = "programme_id", nullable = false, updatable = false)
    private long programmeId;

    @Column(name = "round_id", nullable = false, updatable = false)
    private long roundId;

    @Column(name = "include_submitted", nullable = false, updatable = false)
    private boolean includeSubmitted;

    @Column(name = "cut_off", nullable = false, updatable = false)
    private LocalDate cutOff;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(name = "requested_by", nullable = false, updatable = false, length = 60)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Column(name = "job_instance_id")
    private Long jobInstanceId;

    @Column(name = "snapshot_at")
    private Instant snapshotAt;

    @Column(name = "reports_counted")
    private Integer reportsCounted;

    @Column(name = "current_step", length = 40)
    private String currentStep;

    @Column(name = "partitions_total")
    private Integer partitionsTotal;

    @Column(name = "partitions_done", nullable = false)
    private int partitionsDone;

    @Column(name = "values_written")
    private Integer valuesWritten;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "last_error", length = ERROR_LENGTH)
    private String lastError;

    @Version
    private int version;

    protected ConsolidationRun() {
    }

    public ConsolidationRun(long programmeId, long roundId, LocalDate cutOff, boolean includeSubmitted,
                            String requestedBy, Instant now) {
        this.programmeId = programmeId;
        this.roundId = roundId;
        this.cutOff = Objects.requireNonNull(cutOff, "cutOff");
        this.includeSubmitted = includeSubmitted;
        this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
        this.requestedAt = Objects.requireNonNull(now, "now");
        this.status = RunStatus.RUNNING;
    }

    /** The job instance computing this run; set once, when its first execution starts. */
    public void computedBy(long instanceId) {
        if (jobInstanceId != null && jobInstanceId != instanceId) {
            throw new IllegalStateException("Run " + id + " is already computed by job instance " + jobInstanceId);
        }
        jobInstanceId = instanceId;
    }

    public void enterStep(String step) {
        currentStep = step;
    }

    /** The reports are frozen: how many are counted and in how many partitions they will be summed. */
    public void snapshotTaken(int reports, int partitions, Instant at) {
        reportsCounted = reports;
        partitionsTotal = partitions;
        partitionsDone = 0;
        snapshotAt = at;
    }

    /** {@code done} partitions are summed (the checkpoint's count, so a re-run partition counts once). */
    public void partitionsSummed(int done) {
        partitionsDone = done;
    }

    public void publish(int values, Instant at) {
        valuesWritten = values;
        status = RunStatus.PUBLISHED;
        publishedAt = at;
        finishedAt = at;
        currentStep = null;
        lastError = null;
    }

    /** The execution ended without completing: failed (with the reason) or stopped. */
    public void interrupt(RunStatus outcome, String error, Instant at) {
        if (!outcome.isRestartable()) {
            throw new IllegalArgumentException(outcome + " is not an interruption");
        }
        if (status == RunStatus.PUBLISHED) {
            return;
        }
        status = outcome;
        finishedAt = at;
        if (error != null) {
            lastError = error.length() > ERROR_LENGTH ? error.substring(0, ERROR_LENGTH) : error;
        }
    }

    /** A further execution takes over from the checkpoint. */
    public void restart() {
        if (!status.isRestartable()) {
            throw new BusinessException("consolidation.error.notRestartable", status.name());
        }
        status = RunStatus.RUNNING;
        finishedAt = null;
    }

    public boolean isRunning() {
        return status == RunStatus.RUNNING;
    }

    public Long getId() {
        return id;
    }

    public long getProgrammeId() {
        return programmeId;
    }

    public long getRoundId() {
        return roundId;
    }

    public boolean isIncludeSubmitted() {
        return includeSubmitted;
    }

    public LocalDate getCutOff() {
        return cutOff;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getRequestedBy() {
        return requestedBy;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Long getJobInstanceId() {
        return jobInstanceId;
    }

    public Instant getSnapshotAt() {
        return snapshotAt;
    }

    public Integer getReportsCounted() {
        return reportsCounted;
    }

    public String getCurrentStep() {
        return currentStep;
    }

    public Integer getPartitionsTotal() {
        return partitionsTotal;
    }

    public int getPartitionsDone() {
        return partitionsDone;
    }

    public Integer getValuesWritten() {
        return valuesWritten;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getLastError() {
        return lastError;
    }
}
