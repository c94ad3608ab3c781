package vn.bdg.batch.consolidation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import vn.bdg.domain.model.consolidation.RunStatus;

class RunProgressTest {

    @Test
    void eachStepIsOnePartAndTheSummingStepFillsItsPartDistrictByDistrict() {
        assertEquals(0, new RunProgress(1, RunStatus.RUNNING, null, 0, 0, 0, null).getPercent());
        assertEquals(16, new RunProgress(1, RunStatus.RUNNING, "sum-districts", 2, 0, 15, null).getPercent());
        assertEquals(25, new RunProgress(1, RunStatus.RUNNING, "sum-districts", 2, 8, 15, null).getPercent());
        assertEquals(83, new RunProgress(1, RunStatus.RUNNING, "publish", 6, 15, 15, null).getPercent());
        assertEquals(100, new RunProgress(1, RunStatus.PUBLISHED, null, 0, 15, 15, null).getPercent());
    }

    @Test
    void aFailedRunIsFinishedAndShowsWhereItStopped() {
        RunProgress failed = new RunProgress(1, RunStatus.FAILED, "sum-districts", 2, 3, 15, "boom");
        assertTrue(failed.isFinished());
        assertEquals(20, failed.getPercent(), "one step done and 3 of 15 districts of the second");
        assertFalse(new RunProgress(1, RunStatus.RUNNING, "snapshot", 1, 0, 0, null).isFinished());
    }
}
