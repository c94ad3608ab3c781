package vn.bdg.domain.model.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.bdg.domain.shared.BusinessException;

class ConsolidationRunTest {

    private static final Instant NOW = Instant.parse("2020-06-02T00:00:00Z");

    private static ConsolidationRun run() {
        return new ConsolidationRun(1, 2, LocalDate.of(2020, 6, 14), false, "so.ctrtt", NOW);
    }

    @Test
    void aFailedRunRestartsAndOnlyAFailedOrStoppedOne() {
        ConsolidationRun run = run();
        assertEquals(RunStatus.RUNNING, run.getStatus());
        assertThrows(BusinessException.class, run::restart, "a running run cannot be restarted");
        run.interrupt(RunStatus.FAILED, "sum-districts: java.lang.IllegalStateException: x", NOW);
        assertEquals(RunStatus.FAILED, run.getStatus());
        run.restart();
        assertEquals(RunStatus.RUNNING, run.getStatus());
        assertNull(run.getFinishedAt());
        run.publish(120, NOW);
        assertEquals(RunStatus.PUBLISHED, run.getStatus());
        assertNull(run.getLastError(), "a published run carries no error of an earlier execution");
        assertThrows(BusinessException.class, run::restart);
    }

    @Test
    void anInterruptionAfterPublishingChangesNothingAndAVeryLongErrorIsCut() {
        ConsolidationRun published = run();
        published.publish(1, NOW);
        published.interrupt(RunStatus.STOPPED, null, NOW);
        assertEquals(RunStatus.PUBLISHED, published.getStatus());

        ConsolidationRun failed = run();
        failed.interrupt(RunStatus.FAILED, "x".repeat(5000), NOW);
        assertEquals(2000, failed.getLastError().length());
        assertThrows(IllegalArgumentException.class, () -> failed.interrupt(RunStatus.PUBLISHED, null, NOW));
    }

    @Test
    void theJobInstanceIsSetOnceAndTheSnapshotResetsThePartitionsSummed() {
        ConsolidationRun run = run();
        run.computedBy(7);
        run.computedBy(7);
        assertThrows(IllegalStateException.class, () -> run.computedBy(8));
        run.partitionsSummed(3);
        run.snapshotTaken(170, 15, NOW);
        assertEquals(0, run.getPartitionsDone());
        assertEquals(15, run.getPartitionsTotal());
    }
}
