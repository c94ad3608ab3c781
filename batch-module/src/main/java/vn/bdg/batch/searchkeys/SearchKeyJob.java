package vn.bdg.batch.searchkeys;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.Properties;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.OrgMaintenanceService;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.shared.AccessDeniedException;

/**
 * Starts the {@code recompute-search-keys} job for a SYS_ADMIN and reports its progress. Start and
 * status go through this bean because the batch runtime shows an execution only to the component
 * that started it.
 */
@Stateless
public class SearchKeyJob {

    public static final String JOB_NAME = "recompute-search-keys";

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private OrgMaintenanceService maintenance;

    public long start(@NotNull Actor actor) {
        requireAdmin(actor);
        return operator().start(JOB_NAME, new Properties());
    }

    public JobProgress progress(@NotNull Actor actor, long executionId) {
        requireAdmin(actor);
        JobExecution execution = operator().getJobExecution(executionId);
        long written = 0;
        for (StepExecution step : operator().getStepExecutions(executionId)) {
            for (Metric metric : step.getMetrics()) {
                if (metric.getType() == Metric.MetricType.WRITE_COUNT) {
                    written += metric.getValue();
                }
            }
        }
        return new JobProgress(executionId, execution.getBatchStatus().name(), written, maintenance.unitCount());
    }

    private void requireAdmin(Actor actor) {
        if (!access.holdsRoleAnywhere(actor, Role.SYS_ADMIN, clock.today())) {
            throw new AccessDeniedException();
        }
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }
}
