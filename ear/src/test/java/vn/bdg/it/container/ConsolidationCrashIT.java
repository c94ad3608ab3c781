package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.consolidation.ConsolidationRuns;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.batch.consolidation.ConsolidationJob;
import vn.bdg.batch.consolidation.Drill;
import vn.bdg.batch.consolidation.RunExecution;
import vn.bdg.batch.consolidation.RunProgress;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.SeededRound;
import vn.bdg.it.support.PostgresqlAvailable;
import vn.bdg.it.support.TestDomain;

/**
 * A crash in the middle of a consolidation, on H2 and PostgreSQL: a run that pauses before each district
 * is started, and once it has summed two districts the server is killed with SIGKILL and started again.
 * At startup the execution the batch runtime still records as running is marked failed, with its run;
 * the run then continues from its checkpoint and gives exactly the figures of an uninterrupted run. The
 * three parts run in order (the kill in between, from outside the server) and find their round again by
 * the programme's subject.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolidationCrashIT {

    private static final String SUBJECT = "V/v diễn tập sự cố khi tổng hợp";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConsolidationCrashIT.class);
    }

    @Inject
    ConsolidationJob job;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuthenticationService authentication;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void aRunIsCutOffHalfWay() throws Exception {
        Actor so = authentication.actor("so.ctrtt").orElseThrow();
        int year = TestProgrammes.someYear();
        long programmeId = TestProgrammes.draft(programmes, so, year);
        ProgrammeForm form = ProgrammeForm.of(programmes.programme(so, programmeId));
        form.setSubject(SUBJECT + " " + programmeId);
        form.setReporterTypes(List.of(UnitType.THPT, UnitType.TH));
        programmes.describe(so, programmeId, form);
        programmes.loadDefaultCatalogue(so, programmeId);
        programmes.addRound(so, programmeId, TestProgrammes.sixMonth(year));
        programmes.publish(so, programmeId);
        Programme programme = programmes.programme(so, programmeId);
        ReportingRound round = programme.round("6T-" + year);
        List<SeededRound.Unit> units = new java.util.ArrayList<>();
        for (long unitId : new java.util.TreeSet<>(programme.getExpectedUnits())) {
            units.add(new SeededRound.Unit(unitId, UnitType.TH, 0));
        }
        SeededRound.seed(programmeId, round.getId(), round.getDueTop(), units);

        long runId = job.startDrill(so, round.getId(), Drill.slow(1_500));
        long deadline = System.currentTimeMillis() + 120_000;
        RunProgress progress = job.progress(so, runId);
        while (progress.getPartitionsDone() < 2 && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
            progress = job.progress(so, runId);
        }
        // H2 writes committed transactions to its file up to half a second later (its write delay); a kill
        // sooner loses them, as a power cut would. PostgreSQL needs no wait.
        Thread.sleep(1_000);
        assertEquals(RunStatus.RUNNING, progress.getStatus());
        assertTrue(progress.getPartitionsTotal() > 4, "districts left to sum when the server dies");
    }

    @Test
    @Order(2)
    @RunAsClient
    void theServerIsKilledAndStartedAgain() throws Exception {
        TestDomain.killAndStart(base);
    }

    @Test
    @Order(3)
    void theRunIsFoundFailedAtStartupAndContinuesToTheFiguresOfAnUninterruptedRun() throws Exception {
        Actor so = authentication.actor("so.ctrtt").orElseThrow();
        long[] found = crashedRun();
        long roundId = found[0];
        long runId = found[1];
        RunProgress failed = job.progress(so, runId);
        assertEquals(RunStatus.FAILED, failed.getStatus());
        assertEquals(ConsolidationRuns.INTERRUPTED, failed.getLastError());
        assertTrue(failed.getPartitionsDone() >= 2, "the checkpointed districts survive the crash");
        RunExecution cutOff = job.history(so, roundId).get(0).getExecutions().get(0);
        assertEquals("FAILED", cutOff.getBatchStatus(), "the execution left STARTED by the crash");

        job.restart(so, runId);
        await(so, runId);
        List<RunExecution> executions = job.history(so, roundId).get(0).getExecutions();
        assertEquals(2, executions.size());
        assertEquals("COMPLETED", executions.get(0).getBatchStatus());

        long uninterrupted = job.start(so, roundId, false);
        await(so, uninterrupted);
        assertEquals(values(uninterrupted), values(runId));
    }

    /** The round of part 1 and its run, found by the programme's subject. */
    private static long[] crashedRun() throws Exception {
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT c.round_id, c.id FROM consolidation_run c"
                     + " JOIN programme p ON p.id = c.programme_id WHERE p.subject LIKE ? ORDER BY c.id DESC")) {
            query.setString(1, SUBJECT + "%");
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the run of part 1");
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    private void await(Actor so, long runId) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        RunProgress progress = job.progress(so, runId);
        while (!progress.isFinished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            progress = job.progress(so, runId);
        }
        assertEquals(RunStatus.PUBLISHED, progress.getStatus(), progress.getLastError());
    }

    private static Map<String, String> values(long runId) throws Exception {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT scope_kind, scope_key, cell, amount, units"
                     + " FROM consolidated_value WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.put(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3),
                            row.getBigDecimal(4).stripTrailingZeros().toPlainString() + "|" + row.getObject(5));
                }
            }
        }
        assertTrue(rows.size() > 50, "figures of every district: " + rows.size());
        return rows;
    }
}
