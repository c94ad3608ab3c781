package vn.bdg.batch.consolidation;

import jakarta.batch.runtime.context.JobContext;
import java.util.Properties;

/**
 * The job's parameters, read from the job-level properties the job XML fills from them: the run, and
 * for a {@link Drill} the partition to fail at and the pause before each partition. A restart passes the
 * run alone, so a drill's misbehaviour ends with the execution it was started with.
 */
final class RunParameters {

    static final String RUN_ID = "runId";
    static final String FAIL_AT_PARTITION = "failAtPartition";
    static final String PAUSE_MILLIS = "pauseMillis";

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

    static Properties of(long runId, Drill drill) {
        Properties parameters = of(runId);
        parameters.setProperty(FAIL_AT_PARTITION, Integer.toString(drill.failAtPartition()));
        parameters.setProperty(PAUSE_MILLIS, Long.toString(drill.pauseMillis()));
        return parameters;
    }

    static Drill drill(JobContext job) {
        return new Drill((int) number(job, FAIL_AT_PARTITION), number(job, PAUSE_MILLIS));
    }

    private static long number(JobContext job, String name) {
        String value = job.getProperties().getProperty(name);
        return value == null || value.isBlank() ? 0 : Long.parseLong(value.trim());
    }
}
