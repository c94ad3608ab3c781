package vn.bdg.application.consolidation;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The run a round's readers see: who asked for it and when, the data cut-off, whether reports submitted
 * but not yet accepted were counted, how many reports it counted, when it took its snapshot, finished and
 * was published. The number of reports is the whole round's, so a reader of one district is given the run
 * without it ({@link #withoutCount()}); the district's own count is on its timeliness line.
 */
public record PublishedRun(long runId, String requestedBy, Instant requestedAt, boolean includeSubmitted,
                           LocalDate cutOff, Instant snapshotAt, Integer reportsCounted, Instant finishedAt,
                           Instant publishedAt) implements Serializable {

    public PublishedRun withoutCount() {
        return new PublishedRun(runId, requestedBy, requestedAt, includeSubmitted, cutOff, snapshotAt, null,
                finishedAt, publishedAt);
    }
}
