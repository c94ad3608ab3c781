package vn.bdg.batch.consolidation;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/**
 * The job's parameters, read from the job-level properties the job XML fills from them.
 * {@value #FAIL_AT_PARTITION} makes the summing step fail on that partition (1 is the first): a drill
 * for operators and the restart test, which must see an execution fail half-way.
 */
final class RunParameters {

    static final String RUN_ID = "runId";
    static final String FAIL_AT_PARTITION = "failAtPartition";

    private RunParameters() {
    }

    static Properties of(long runId) {
        Properties parameters = new Properties();
        parameters.setProperty(RUN_ID, Long.toString(runId));
        return parameters;
    }

    static long runId(JobContext job) {
        return Long.parseLong(job.getProperties().getProperty(RUN_ID));
    }

    /** The partition to fail at, or 0 for none. */
    static int failAtPartition(JobContext job) {
        String value = job.getProperties().getProperty(FAIL_AT_PARTITION);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.trim());
    }
}
