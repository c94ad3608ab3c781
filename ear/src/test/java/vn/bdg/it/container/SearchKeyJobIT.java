package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.OrgMaintenanceService;
import vn.bdg.batch.searchkeys.JobProgress;
import vn.bdg.batch.searchkeys.SearchKeyJob;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.PostgresqlAvailable;

/** The job XML inside the EAR's batch module is found and runs on Payara's batch runtime, over every unit. */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class SearchKeyJobIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(SearchKeyJobIT.class);
    }

    @Inject
    SearchKeyJob job;

    @Inject
    AuthenticationService authentication;

    @Inject
    OrgMaintenanceService maintenance;

    @Test
    void recomputesTheSearchKeyOfEveryUnitAndCompletes() throws InterruptedException {
        Actor admin = authentication.actor("admin").orElseThrow();
        long execution = job.start(admin);
        JobProgress progress = job.progress(admin, execution);
        long deadline = System.currentTimeMillis() + 120_000;
        while (!progress.isFinished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
            progress = job.progress(admin, execution);
        }
        assertEquals("COMPLETED", progress.status());
        assertEquals(maintenance.unitCount(), progress.done());
        assertTrue(progress.total() >= 812);
        assertEquals(100, progress.percent());
    }

    @Test
    void onlyASystemAdministratorMayStartIt() {
        Actor reviewer = authentication.actor("phong.lechan").orElseThrow();
        assertThrows(AccessDeniedException.class, () -> job.start(reviewer));
    }
}
