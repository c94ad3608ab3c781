package vn.bdg.infrastructure.reminder;

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
import java.time.LocalDate;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.reminder.ReminderService;

/**
 * Runs the day's reminders and digests at 6:00 (the server runs in Vietnam's time zone), and once
 * {@value #CATCH_UP_SECONDS} seconds after each start, so that a server that was down at 6:00 still
 * sends that day's; running a day twice sends nothing twice. Reminders and digests are two
 * transactions (this bean has none of its own), so a failure of one does not hold back the other.
 *
 * <p>Only automatic, non-persistent timers: after a restart the run after the start does what a missed
 * timer would have done. That run is a task of the managed scheduled executor rather than a
 * programmatic EJB timer, because a bean with a {@code @Timeout} method makes Payara open its
 * persistent timer store at deployment, which the application does not otherwise need.
 */
@Singleton
@Startup
@DependsOn("Bootstrap")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReminderTimer {

    /** Long enough for the application to have finished starting, short enough to be "at once". */
    static final long CATCH_UP_SECONDS = 30;

    private static final Logger LOG = Logger.getLogger(ReminderTimer.class.getName());

    @Resource
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private ReminderService reminders;

    @Inject
    private BusinessClock clock;

    private ScheduledFuture<?> catchUp;

    @PostConstruct
    void scheduleCatchUp() {
        catchUp = scheduler.schedule(() -> run("the run after start"), CATCH_UP_SECONDS, TimeUnit.SECONDS);
    }

    @PreDestroy
    void cancelCatchUp() {
        catchUp.cancel(false);
    }

    @Schedule(hour = "6", persistent = false, info = "reminders at 6:00")
    public void everyMorning() {
        run("the 6:00 run");
    }

    private void run(String which) {
        LocalDate today = clock.today();
        long started = System.nanoTime();
        int reminded = attempt(which, "reminders", () -> reminders.remind(today));
        int digested = attempt(which, "digests", () -> reminders.digest(today));
        LOG.info(() -> String.format("Reminders of %s (%s): %d reminders and %d digests sent in %d ms", today, which,
                reminded, digested, (System.nanoTime() - started) / 1_000_000));
    }

    /**
     * One of the two transactions; a failure is logged and counts as nothing sent. A run at the same
     * moment as another (the button at 6:00) fails on the key rows the other inserted, and that other
     * run has sent everything.
     */
    private static int attempt(String which, String what, IntSupplier send) {
        try {
            return send.getAsInt();
        } catch (EJBException e) {
            LOG.log(Level.WARNING, "The " + what + " of " + which + " failed and sent nothing", e);
            return 0;
        }
    }
}
