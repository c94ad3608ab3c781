package vn.bdg.batch.consolidation;

import java.io.Serializable;
import java.util.List;
import vn.bdg.domain.model.consolidation.ConsolidationRun;

/** A run with its executions, the latest first. */
public record RunHistory(ConsolidationRun run, List<RunExecution> executions) implements Serializable {

    public ConsolidationRun getRun() {
        return run;
    }

    public List<RunExecution> getExecutions() {
        return executions;
    }
}
