package vn.bdg.batch.consolidation;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.bdg.application.consolidation.ConsolidationRuns;

/**
 * At startup, before anything can start a job: an execution the batch runtime still records as running
 * was cut off when the server stopped (a crash, a kill -9), and would stay "running" for ever. It is
 * marked failed, with its run, so that a CAMPAIGN_ADMIN sees it and can restart it from its checkpoint.
 * The schema must be migrated first, which the ejb-module's Bootstrap waits for.
 */
@Singleton
@Startup
@DependsOn("bdg-ejb.jar#Bootstrap")
public class InterruptedRuns {

    private static final Logger LOG = Logger.getLogger(InterruptedRuns.class.getName());

    @Inject
    private ConsolidationRuns runs;

    /** A failure here is logged, never fatal: the application must start even if the recovery cannot run. */
    @PostConstruct
    void failInterrupted() {
        try {
            runs.failInterrupted(ConsolidationJob.JOB_NAME);
        } catch (EJBException e) {
            LOG.log(Level.SEVERE, "Interrupted consolidation runs could not be marked failed; they cannot be restarted"
                    + " until this succeeds at a later start", e);
        }
    }
}
