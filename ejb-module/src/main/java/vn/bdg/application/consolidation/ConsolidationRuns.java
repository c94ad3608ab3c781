package vn.bdg.application.consolidation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.logging.Logger;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.consolidation.ConsolidationRunRepository;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * Opens, restarts and lists the consolidation runs of a round. Who may: a CAMPAIGN_ADMIN of the unit
 * that issued the programme, and the timer after the round's due date. One run of a round computes at a
 * time, and only a round's latest run may be restarted, so an old run can never be published over a
 * newer one. Starting the job itself is the batch module's (its runtime shows an execution only to the
 * component that started it).
 */
@Stateless
public class ConsolidationRuns {

    /** Who opened the runs the timer opened. */
    public static final String TIMER = "timer";

    /** The error recorded on a run whose execution the server's stop interrupted (a bundle key). */
    public static final String INTERRUPTED = "consolidation.error.interrupted";

    private static final Logger LOG = Logger.getLogger(ConsolidationRuns.class.getName());

    @Inject
    private ConsolidationRunRepository runs;

    @Inject
    private ConsolidationStore store;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    public ConsolidationRun open(@NotNull Actor actor, long roundId, boolean includeSubmitted) {
        Programme programme = programmeOfRound(roundId);
        requireAdmin(actor, programme);
        return open(programme, roundId, includeSubmitted, actor.username());
    }

    /** A run the timer opens for a round past its due date: accepted reports only. */
    public ConsolidationRun openAutomatically(long roundId) {
        return open(programmeOfRound(roundId), roundId, false, TIMER);
    }

    /** Rounds whose top due date is at least {@code delayDays} past and that were never consolidated. */
    public List<Long> roundsDue(@Min(0) int delayDays) {
        return runs.roundsNeverConsolidated(clock.today().minusDays(delayDays));
    }

    /** Whether a run is still computing; for the timer, which consolidates one round at a time. */
    public boolean isRunning(long runId) {
        return run(runId).isRunning();
    }

    /** Makes a failed or stopped run running again; the caller then restarts its job execution. */
    public ConsolidationRun restart(@NotNull Actor actor, long runId) {
        ConsolidationRun run = runs.lock(runId).orElseThrow(NotFoundException::new);
        requireAdmin(actor, programme(run));
        ConsolidationRun latest = runs.ofRound(run.getRoundId()).get(0);
        if (!latest.getId().equals(run.getId())) {
            throw new BusinessException("consolidation.error.notLatest");
        }
        run.restart();
        return run;
    }

    /** A run, for one who may manage its round's consolidation. */
    public ConsolidationRun managed(@NotNull Actor actor, long runId) {
        ConsolidationRun run = run(runId);
        requireAdmin(actor, programme(run));
        return run;
    }

    /** The round's runs, the latest first. */
    public List<ConsolidationRun> history(@NotNull Actor actor, long roundId) {
        requireAdmin(actor, programmeOfRound(roundId));
        return runs.ofRound(roundId);
    }

    public boolean mayManage(@NotNull Actor actor, long roundId) {
        return access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, clock.today())
                .contains(programmeOfRound(roundId).getIssuer().getId());
    }

    /**
     * After the server started: the executions of {@code jobName} that the batch runtime still records as
     * running were cut off by the stop (nothing runs yet), so they and their runs are marked failed and
     * can be restarted. Returns how many runs were failed.
     */
    public int failInterrupted(@NotNull String jobName) {
        List<Long> instances = store.failInterruptedExecutions(jobName, clock.now());
        int failed = 0;
        for (ConsolidationRun run : runs.running()) {
            run.interrupt(RunStatus.FAILED, INTERRUPTED, clock.now());
            failed++;
        }
        if (!instances.isEmpty() || failed > 0) {
            int runsFailed = failed;
            LOG.warning(() -> String.format("The server stopped while consolidating: %d job executions (instances %s)"
                    + " and %d runs are marked failed and can be restarted", instances.size(), instances, runsFailed));
        }
        return failed;
    }

    private ConsolidationRun open(Programme programme, long roundId, boolean includeSubmitted, String by) {
        if (!programme.isPublished()) {
            throw new BusinessException("consolidation.error.notPublished");
        }
        if (runs.ofRound(roundId).stream().anyMatch(ConsolidationRun::isRunning)) {
            throw new BusinessException("consolidation.error.alreadyRunning");
        }
        ReportingRound round = programme.getRounds().stream().filter(r -> r.getId() == roundId).findFirst()
                .orElseThrow(NotFoundException::new);
        return runs.save(new ConsolidationRun(programme.getId(), roundId, round.getDataTo(), includeSubmitted, by,
                clock.now()));
    }

    private void requireAdmin(Actor actor, Programme programme) {
        if (!access.unitsWithRole(actor, Role.CAMPAIGN_ADMIN, clock.today()).contains(programme.getIssuer().getId())) {
            throw new AccessDeniedException();
        }
    }

    private Programme programmeOfRound(long roundId) {
        return runs.programmeOfRound(roundId).flatMap(programmes::find).orElseThrow(NotFoundException::new);
    }

    private Programme programme(ConsolidationRun run) {
        return programmes.find(run.getProgrammeId()).orElseThrow(NotFoundException::new);
    }

    private ConsolidationRun run(long runId) {
        return runs.find(runId).orElseThrow(NotFoundException::new);
    }
}
