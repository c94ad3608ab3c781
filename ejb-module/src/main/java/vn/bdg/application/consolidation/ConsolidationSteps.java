package vn.bdg.application.consolidation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.logging.Logger;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.ConsolidationRunRepository;
import vn.bdg.domain.model.consolidation.DerivedIndicators;
import vn.bdg.domain.model.consolidation.NationalTarget;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.programme.Indicator;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.shared.NotFoundException;

/**
 * The steps of the {@code consolidate-round} job, each called by one batch artifact and each one
 * transaction (the chunk's own, for {@link #sumDistrict}): a step either writes all its rows or none,
 * and writes the same rows when run again.
 */
@Stateless
public class ConsolidationSteps {

    private static final Logger LOG = Logger.getLogger(ConsolidationSteps.class.getName());
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    private ConsolidationStore store;

    @Inject
    private ConsolidationRunRepository runs;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private BusinessClock clock;

    /** An execution of the run's job instance begins (the first, or a restart). */
    public void begin(long runId, long jobInstanceId) {
        run(runId).computedBy(jobInstanceId);
    }

    /** The step now running, for the progress display. */
    public void enter(long runId, @NotNull String step) {
        run(runId).enterStep(step);
    }

    /**
     * Freezes what the run counts, in one transaction: the reports (accepted, or also submitted), their
     * values, each unit's flags, and the round's timeliness as it stands now. Returns the reports counted.
     */
    public int snapshot(long runId) {
        ConsolidationRun run = run(runId);
        long started = System.nanoTime();
        store.clear(runId);
        int reports = store.freezeReports(runId);
        int values = store.freezeValues(runId);
        for (Indicator flag : derived(run).unitFlags()) {
            values += store.freezeUnitFlag(runId, flag);
        }
        store.freezeTimeliness(runId, clock.today());
        int partitions = store.districtKeys(runId).size();
        run.snapshotTaken(reports, partitions, clock.now());
        int frozen = values;
        LOG.info(() -> String.format("Consolidation run %d froze %d reports (%d values) in %d districts in %d ms", runId,
                reports, frozen, partitions, (System.nanoTime() - started) / 1_000_000));
        return values;
    }

    /** The run's partitions, in the order they are summed (the checkpoint is a position in this list). */
    public List<String> districtKeys(long runId) {
        return store.districtKeys(runId);
    }

    /** Sums one district; {@code done} is how many partitions are summed with this one. */
    public int sumDistrict(long runId, @NotNull String districtKey, int done) {
        int rows = store.sumDistrict(runId, districtKey);
        run(runId).partitionsSummed(done);
        return rows;
    }

    public int rollUp(long runId) {
        return store.rollUp(runId);
    }

    /** Recomputes the derived indicators from the consolidated parts, each after those it uses. */
    public int recomputeDerived(long runId) {
        int rows = 0;
        for (Indicator derived : derived(run(runId)).recomputed()) {
            rows += store.recompute(runId, derived);
        }
        return rows;
    }

    /** Gender gaps against the previous year's same round, and the distance to the national targets. */
    public int measureGender(long runId) {
        ConsolidationRun run = run(runId);
        int rows = store.genderGaps(runId, store.previousYearRun(runId).orElse(null));
        int year = programme(run).getYear();
        for (NationalTarget target : NationalTarget.values()) {
            store.measure(runId, target, year, measure(runId, target, year));
            rows++;
        }
        return rows;
    }

    /** Makes the run the round's results, in one transaction with its status. */
    public int publish(long runId) {
        ConsolidationRun run = run(runId);
        int values = store.valueCount(runId);
        store.publish(run, clock.now());
        run.publish(values, clock.now());
        return values;
    }

    /** Records how an execution ended, unless it completed (then {@link #publish} has). */
    public void ended(long runId, @NotNull RunStatus outcome, String error) {
        run(runId).interrupt(outcome, error, clock.now());
    }

    private ConsolidationStore.TargetMeasure measure(long runId, NationalTarget target, int year) {
        BigDecimal goal = target.targetFor(year);
        var numerator = store.wholeRound(runId, target.numeratorCell());
        BigDecimal top = numerator.map(ConsolidationStore.CellTotal::amount).orElse(null);
        BigDecimal bottom = target.isShareOfUnits()
                ? numerator.map(n -> n.units() == null ? null : BigDecimal.valueOf(n.units())).orElse(null)
                : store.wholeRound(runId, target.denominatorCell()).map(ConsolidationStore.CellTotal::amount).orElse(null);
        if (top == null || bottom == null || bottom.signum() == 0) {
            return new ConsolidationStore.TargetMeasure(goal, null, top, bottom, null);
        }
        BigDecimal actual = top.multiply(HUNDRED).divide(bottom, 4, RoundingMode.HALF_UP);
        return new ConsolidationStore.TargetMeasure(goal, actual, top, bottom, actual.subtract(goal));
    }

    private DerivedIndicators derived(ConsolidationRun run) {
        return new DerivedIndicators(programme(run));
    }

    private Programme programme(ConsolidationRun run) {
        return programmes.find(run.getProgrammeId()).orElseThrow(NotFoundException::new);
    }

    private ConsolidationRun run(long runId) {
        return runs.find(runId).orElseThrow(NotFoundException::new);
    }
}
