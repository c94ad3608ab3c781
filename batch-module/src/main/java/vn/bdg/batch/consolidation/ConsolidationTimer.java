package vn.bdg.batch.consolidation;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.bdg.application.consolidation.ConsolidationRuns;
import vn.bdg.domain.shared.BusinessException;

/**
 * Consolidates each round once its top due date is {@code bdg.consolidation.delay-days} days past (default
 * 1: the day after, when the last reports have come in) and it was never consolidated: at 6:30 every
 * day and once a minute after each start, as the reminders do (see ReminderTimer for why a managed task
 * rather than a programmatic timer). A round that has a run is left to its CAMPAIGN_ADMIN. Rounds are
 * consolidated one after the other, the earliest due first: after a long stop the database is not
 * flooded, and a year's round finds the previous year's results published for its year-over-year figures.
 */
@Singleton
@Startup
@DependsOn("InterruptedRuns")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ConsolidationTimer {

    static final long CATCH_UP_SECONDS = 60;

    /** How long the timer waits for one round before it goes on with the next one anyway. */
    private static final long WAIT_MILLIS = 10 * 60 * 1000L;

    private static final Logger LOG = Logger.getLogger(ConsolidationTimer.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ConsolidationRuns runs;

    @Inject
    private ConsolidationJob job;

    @Inject
    @ConfigProperty(name = "bdg.consolidation.delay-days", defaultValue = "1")
    private int delayDays;

    private ScheduledFuture<?> catchUp;

    @PostConstruct
    void scheduleCatchUp() {
        catchUp = scheduler.schedule(this::startDue, CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void cancelCatchUp() {
        catchUp.cancel(false);
    }

    @Schedule(hour = "6", minute = "30", persistent = false, info = "consolidation of rounds past due")
    public void everyMorning() {
        startDue();
    }

    private void startDue() {
        List<Long> due = runs.roundsDue(delayDays);
        for (Long roundId : due) {
            try {
                long runId = job.startAutomatically(roundId);
                LOG.info(() -> "Round " + roundId + " is past its due date: consolidation run " + runId + " started");
                awaitEnd(runId);
            } catch (BusinessException | EJBException e) {
                LOG.log(Level.WARNING, "The consolidation of round " + roundId + " did not start", e);
            }
        }
    }

    private void awaitEnd(long runId) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try {
            while (runs.isRunning(runId) && System.currentTimeMillis() < deadline) {
                Thread.sleep(1000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
