package vn.bdg.application.consolidation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The consolidation tables as the consolidated report reads them: always the run a round's publication
 * points at, and of it the figures of the whole round (scope ALL). Each question is one set-based query.
 * Implemented in {@code infrastructure.persistence.jpa}.
 */
public interface ConsolidatedResults {

    /** The run the round's publication points at, if a run was ever published. */
    Optional<Long> publishedRun(long roundId);

    /** Every consolidated cell of the whole round. */
    List<Value> values(long runId);

    /** The whole round's timeliness, if the run counted it. */
    Optional<Timeliness> timeliness(long runId);

    /** The gender-gap figures of the whole round, one per sex-disaggregated indicator. */
    List<Gap> gaps(long runId);

    /** The national targets with the measured values, by target code. */
    List<Target> targets(long runId);

    /** Every narrative of the run's counted reports, without its text: which report and task, and how long. */
    List<NarrativeSize> narratives(long runId);

    /** The narratives (cleaned HTML) of the given reports, every task. */
    List<NarrativeText> narrativeTexts(Collection<Long> reportIds);

    /**
     * One consolidated cell ("BDG-01", "BDG-01.nu", "BDG-01[Nhóm=GV]"): the summed amount, or for yes/no
     * answers and per-unit flags the number of units saying yes, with {@code units} the number of units
     * that answered (null for sums and recomputed ratios).
     */
    record Value(String cell, String indicator, BigDecimal amount, Integer units) {
    }

    /** Expected units and how their reports stood: on time, late, missing, not yet due; and how many were counted. */
    record Timeliness(int expected, int onTime, int late, int missing, int pending, int counted) {
    }

    /**
     * The female share (percent) of a sex-disaggregated indicator, female minus male, and the share of
     * the same round of the previous year with the change in percentage points (null when none).
     */
    record Gap(String indicator, BigDecimal total, BigDecimal female, BigDecimal femaleShare, BigDecimal gap,
               BigDecimal previousShare, BigDecimal shareChange) {
    }

    /** A national target for the year, the value measured (null when not measurable) and the distance to it. */
    record Target(String code, int year, BigDecimal target, BigDecimal actual, BigDecimal numerator,
                  BigDecimal denominator, BigDecimal distance) {
    }

    /** A counted report's narrative of a task: the report, its unit's name and the length of the stored text. */
    record NarrativeSize(long reportId, String taskCode, String unitName, int length) {
    }

    /** A report's narrative of a task as stored (cleaned HTML). */
    record NarrativeText(long reportId, String taskCode, String html) {
    }
}
