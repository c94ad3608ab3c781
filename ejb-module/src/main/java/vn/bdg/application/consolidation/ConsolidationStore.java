package vn.bdg.application.consolidation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.NationalTarget;
import vn.bdg.domain.model.programme.Indicator;

/**
 * The consolidation's statements, each one set-based SQL over a run's rows (implemented in {@code
 * infrastructure.persistence.jpa}, the same on H2 and PostgreSQL). Every writing method first deletes
 * the rows it is about to write, so it may run again with the same outcome.
 */
public interface ConsolidationStore {

    /** Removes everything a run computed, before its snapshot is taken again. */
    void clear(long runId);

    /** Freezes the reports the run counts, with their district and unit type on the cut-off day. */
    int freezeReports(long runId);

    /** Freezes the counted reports' values, each with its indicator. */
    int freezeValues(long runId);

    /** Computes a per-unit flag for every counted report from its frozen values. */
    int freezeUnitFlag(long runId, Indicator flag);

    /** The round's timeliness per scope on {@code day}: expected, on time, late, missing, pending, counted. */
    int freezeTimeliness(long runId, LocalDate day);

    /** The run's partitions: the district keys of its counted reports, in order. */
    List<String> districtKeys(long runId);

    /** Sums the counted reports of one district. */
    int sumDistrict(long runId, String districtKey);

    /** The Sở's totals from the districts' sums, and the totals per unit type. */
    int rollUp(long runId);

    /** Recomputes a derived indicator in every scope from the scope's consolidated parts. */
    int recompute(long runId, Indicator derived);

    /** The published run of the same round kind of the issuer's previous year. */
    Optional<Long> previousYearRun(long runId);

    /** Female share and female–male gap per scope and sex-split indicator, against the previous run. */
    int genderGaps(long runId, Long previousRunId);

    /** The consolidated amount of a cell in the whole round, and the units that gave it. */
    Optional<CellTotal> wholeRound(long runId, String cell);

    void measure(long runId, NationalTarget target, int year, TargetMeasure measure);

    /** Points the round at the run; earlier runs keep their results but lose their frozen reports. */
    void publish(ConsolidationRun run, Instant at);

    int valueCount(long runId);

    /**
     * Marks the job's executions that the batch runtime still records as running as failed, with their
     * running steps; returns their job instance ids. Only right after the server started, when nothing
     * can be running yet.
     */
    List<Long> failInterruptedExecutions(String jobName, Instant at);

    /** A consolidated amount and how many units gave it. */
    record CellTotal(java.math.BigDecimal amount, Integer units) {
    }

    /** A target's measured share, its parts and the distance to the target (all may be null). */
    record TargetMeasure(java.math.BigDecimal target, java.math.BigDecimal actual, java.math.BigDecimal numerator,
                         java.math.BigDecimal denominator, java.math.BigDecimal distance) {
    }
}
