package vn.bdg.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.naming.NamingException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.AccountService;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.OrgService;
import vn.bdg.application.consolidation.ConsolidationRuns;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.report.ReportService;
import vn.bdg.batch.consolidation.ConsolidationJob;
import vn.bdg.batch.consolidation.Drill;
import vn.bdg.batch.consolidation.RunExecution;
import vn.bdg.batch.consolidation.RunHistory;
import vn.bdg.batch.consolidation.RunProgress;
import vn.bdg.batch.consolidation.StepOutcome;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.consolidation.RunStatus;
import vn.bdg.domain.model.org.OrgUnit;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.report.UnitReport;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;

import vn.bdg.it.support.SeededRound.Unit;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.SeededRound;
import vn.bdg.it.support.PostgresqlAvailable;

/**
 * The {@code consolidate-round} job on H2 and PostgreSQL, run through its real starter on a seeded round
 * of 290 units (14 Phòng with their primary schools, 60 THPT; six of ten accepted, the rest submitted,
 * draft, marked missing or never opened) and the same round kind of the year before. Every consolidated
 * figure is compared with an independent computation: the raw values read with plain SQL, grouped by
 * the district the domain's tree gives each unit, summed, counted and divided in Java. The job's steps,
 * their metrics and the final status are asserted; a re-run gives the same rows; a run failed half-way
 * and restarted from its checkpoint gives exactly the rows of an uninterrupted run.
 */
@Tag("database")
@ExtendWith(PostgresqlAvailable.class)
@ExtendWith(ArquillianExtension.class)
class ConsolidationIT {

    private static final List<String> STEPS = List.of("snapshot", "sum-districts", "roll-up", "derive", "gender",
            "publish");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConsolidationIT.class);
    }

    @Inject
    ConsolidationJob job;

    @Inject
    ConsolidationRuns runs;

    @Inject
    ProgrammeService programmes;

    @Inject
    OrgService org;

    @Inject
    AuthenticationService authentication;

    @Inject
    ReportService reports;

    @Inject
    AccountService accounts;

    private Actor actor(String username) {
        return authentication.actor(username).orElseThrow();
    }

    /** A published programme of {@code year} with its 6-month round seeded; the round is not yet due. */
    private final class Round {

        final long programmeId;
        final long roundId;
        final String roundCode;
        final LocalDate cutOff;
        final Map<Long, Unit> units = new HashMap<>();

        Round(int year, boolean withPrimarySchools) throws SQLException, NamingException {
            Actor so = actor("so.ctrtt");
            programmeId = TestProgrammes.draft(programmes, so, year);
            ProgrammeForm form = ProgrammeForm.of(programmes.programme(so, programmeId));
            form.setIntermediateLevel(withPrimarySchools);
            form.setReporterTypes(withPrimarySchools ? List.of(UnitType.PHONG, UnitType.THPT, UnitType.TH)
                    : List.of(UnitType.THPT));
            programmes.describe(so, programmeId, form);
            programmes.loadDefaultCatalogue(so, programmeId);
            var sixMonth = TestProgrammes.sixMonth(year);
            if (withPrimarySchools) {
                sixMonth.setDueIntermediate(LocalDate.of(year, 5, 25));
            }
            programmes.addRound(so, programmeId, sixMonth);
            programmes.publish(so, programmeId);
            Programme programme = programmes.programme(so, programmeId);
            ReportingRound round = programme.round("6T-" + year);
            roundId = round.getId();
            roundCode = round.getCode();
            cutOff = round.getDataTo();
            List<Unit> expected = new ArrayList<>();
            for (long unitId : new java.util.TreeSet<>(programme.getExpectedUnits())) {
                OrgUnit unit = org.unit(so, unitId);
                long district = unit.getType() == UnitType.PHONG ? unitId
                        : unit.parentOn(cutOff).filter(p -> p.getType() == UnitType.PHONG).map(OrgUnit::getId).orElse(0L);
                Unit u = new Unit(unitId, unit.getType(), district);
                expected.add(u);
                units.put(unitId, u);
            }
            SeededRound.seed(programmeId, roundId, round.getDueTop(), expected);
        }
    }

    @Test
    void everyConsolidatedFigureMatchesAnIndependentComputationAndARerunGivesTheSameRows() throws Exception {
        // Years no other test uses (they take 2040–2079), so that the year before is this test's own.
        int year = 2081 + (int) (System.nanoTime() % 19);
        Round previous = new Round(year - 1, false);
        Actor so = actor("so.ctrtt");
        long previousRun = consolidate(so, previous.roundId);
        Round round = new Round(year, true);
        assertTrue(round.units.size() >= 290, "14 Phòng, 60 THPT and 216 primary schools on a fresh demo database");

        long runId = consolidate(so, round.roundId);
        Expected expected = expect(round, Set.of("ACCEPTED"));
        assertTrue(expected.values.size() > 250, "every scope and cell: " + expected.values.size());
        assertTrue(expected.values.get("ALL||BDG-05").endsWith("|"), "BDG-05 is recomputed from the sums");
        assertTrue(expected.values.containsKey("TYPE|PHONG|BDG-29"), "a Phòng's own yes/no answers count");
        assertFalse(expected.values.containsKey("TYPE|PHONG|BDG-01"), "a Phòng's figures are its schools' sums");
        assertFalse(expected.gaps(results(previousRun, "consolidated_value", "cell", "amount", "units"))
                .get("ALL||BDG-01").split("\\|")[4].isEmpty(), "the previous year's BDG-01 is compared");
        assertEquals(expected.values, results(runId, "consolidated_value", "cell", "amount", "units"));
        assertTrue(expected.values.containsKey("ALL||" + SeededRound.SHARE + ".nu"), "the percentage is weighed");
        assertEquals(expected.timeliness, timeliness(runId));
        assertEquals(expected.gaps(results(previousRun, "consolidated_value", "cell", "amount", "units")),
                results(runId, "consolidated_gap", "indicator", "total", "female", "female_share", "gap",
                        "previous_total", "previous_female", "previous_share", "share_change"));
        assertEquals(expected.targets(), targets(runId));
        assertEquals(runId, publishedRun(round.roundId));

        RunHistory history = job.history(so, round.roundId).get(0);
        assertEquals(RunStatus.PUBLISHED, history.getRun().getStatus());
        assertEquals(expected.reports, history.getRun().getReportsCounted());
        int partitions = expected.districts();
        assertEquals(partitions, history.getRun().getPartitionsTotal());
        assertEquals(partitions, history.getRun().getPartitionsDone());
        assertEquals(expected.values.size(), history.getRun().getValuesWritten());
        RunExecution execution = history.getExecutions().get(0);
        assertEquals("COMPLETED", execution.getBatchStatus());
        assertEquals(STEPS, execution.getSteps().stream().map(StepOutcome::getName).toList());
        execution.getSteps().forEach(step -> assertEquals("COMPLETED", step.getBatchStatus(), step.getName()));
        StepOutcome summing = execution.getSteps().get(1);
        assertEquals(partitions, summing.getReadCount(), "one item per district");
        assertEquals(partitions, summing.getWriteCount());
        assertTrue(summing.getCommitCount() >= partitions, "a checkpoint per district");
        assertEquals("rows=" + expected.values.size(), execution.getSteps().get(5).getExitStatus(),
                "the publish step counts every consolidated value");
        assertTrue(execution.getSteps().get(0).getExitStatus().startsWith("rows="), "rows frozen by the snapshot");
        System.out.printf("*** consolidation of %d units (%d reports counted, %d partitions): %.1f s%n",
                round.units.size(), expected.reports, partitions, execution.getSeconds());

        long rerun = consolidate(so, round.roundId);
        assertEquals(results(runId, "consolidated_value", "cell", "amount", "units"),
                results(rerun, "consolidated_value", "cell", "amount", "units"), "a re-run gives the same rows");
        assertEquals(rerun, publishedRun(round.roundId), "the newer run is published");
        assertFalse(results(runId, "consolidated_value", "cell", "amount", "units").isEmpty(),
                "the earlier run's rows stay");

        long withSubmitted = job.start(so, round.roundId, true);
        await(so, withSubmitted, RunStatus.PUBLISHED);
        assertEquals(expect(round, Set.of("ACCEPTED", "SUBMITTED")).values,
                results(withSubmitted, "consolidated_value", "cell", "amount", "units"));
        aPhongSumsItsSchoolsAsTheJobSumsItsDistrict(round, runId);
    }

    @Test
    void aRunFailedHalfWayRestartsFromItsCheckpointWithTheTotalsOfAnUninterruptedRun() throws Exception {
        Round round = new Round(TestProgrammes.someYear(), true);
        Actor so = actor("so.ctrtt");
        long uninterrupted = consolidate(so, round.roundId);

        long runId = job.startDrill(so, round.roundId, Drill.failAt(4));
        RunProgress failed = await(so, runId, RunStatus.FAILED);
        assertTrue(failed.getLastError().contains("partition 4"), failed.getLastError());
        assertEquals(3, failed.getPartitionsDone(), "three districts summed and checkpointed before the failure");
        assertEquals(uninterrupted, publishedRun(round.roundId), "a failed run publishes nothing");

        Actor lechan = actor("phong.lechan");
        assertThrows(AccessDeniedException.class, () -> job.restart(lechan, runId), "only the Sở's CAMPAIGN_ADMIN");
        job.restart(so, runId);
        await(so, runId, RunStatus.PUBLISHED);
        assertEquals(results(uninterrupted, "consolidated_value", "cell", "amount", "units"),
                results(runId, "consolidated_value", "cell", "amount", "units"));
        assertEquals(results(uninterrupted, "consolidated_gap", "indicator", "total", "female", "female_share", "gap"),
                results(runId, "consolidated_gap", "indicator", "total", "female", "female_share", "gap"));
        assertEquals(timeliness(uninterrupted), timeliness(runId));
        assertEquals(runId, publishedRun(round.roundId));

        List<RunExecution> executions = job.history(so, round.roundId).get(0).getExecutions();
        assertEquals(2, executions.size(), "the restart is a second execution of the same job instance");
        assertEquals("COMPLETED", executions.get(0).getBatchStatus());
        assertEquals("FAILED", executions.get(1).getBatchStatus());
        StepOutcome resumed = executions.get(0).getSteps().stream().filter(s -> s.getName().equals("sum-districts"))
                .findFirst().orElseThrow();
        int partitions = expect(round, Set.of("ACCEPTED")).districts();
        assertEquals(partitions - 3, resumed.getReadCount(), "the restart reads only the districts not yet summed");
        assertFalse(executions.get(0).getSteps().stream().anyMatch(s -> s.getName().equals("snapshot")),
                "the snapshot is not taken again: the restart counts the reports the run froze");
    }

    @Test
    void aStoppedRunKeepsThePublishedResultsAndContinuesFromItsCheckpoint() throws Exception {
        Round round = new Round(TestProgrammes.someYear(), true);
        Actor so = actor("so.ctrtt");
        long uninterrupted = consolidate(so, round.roundId);

        long runId = job.startDrill(so, round.roundId, Drill.slow(400));
        long deadline = System.currentTimeMillis() + 60_000;
        while (job.progress(so, runId).getPartitionsDone() < 1 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        BusinessException busy = assertThrows(BusinessException.class, () -> job.start(so, round.roundId, false));
        assertEquals("consolidation.error.alreadyRunning", busy.getMessageKey(), "one run of a round at a time");
        job.stop(so, runId);
        RunProgress stopped = await(so, runId, RunStatus.STOPPED);
        assertTrue(stopped.getPartitionsDone() < stopped.getPartitionsTotal(), "stopped before the last district");
        assertEquals(uninterrupted, publishedRun(round.roundId), "the published results stay");

        job.restart(so, runId);
        await(so, runId, RunStatus.PUBLISHED);
        assertEquals(results(uninterrupted, "consolidated_value", "cell", "amount", "units"),
                results(runId, "consolidated_value", "cell", "amount", "units"));
        List<RunExecution> executions = job.history(so, round.roundId).get(0).getExecutions();
        assertEquals(List.of("COMPLETED", "STOPPED"), executions.stream().map(RunExecution::getBatchStatus).toList());
    }

    @Test
    void onlyTheProgrammesCampaignAdminStartsAndWatchesARun() throws Exception {
        Round round = new Round(TestProgrammes.someYear(), false);
        for (String username : List.of("phong.lechan", "thpt.ngoquyen", "admin")) {
            Actor stranger = actor(username);
            assertThrows(AccessDeniedException.class, () -> job.start(stranger, round.roundId, false), username);
            assertThrows(AccessDeniedException.class, () -> job.history(stranger, round.roundId), username);
        }
        Actor so = actor("so.ctrtt");
        long runId = consolidate(so, round.roundId);
        Actor lechan = actor("phong.lechan");
        assertThrows(AccessDeniedException.class, () -> job.progress(lechan, runId));
        BusinessException notRestartable = assertThrows(BusinessException.class, () -> job.restart(so, runId));
        assertEquals("consolidation.error.notRestartable", notRestartable.getMessageKey());
        assertTrue(runs.roundsDue(0).stream().noneMatch(id -> id == round.roundId),
                "a round not yet due is not the timer's");
    }

    // ---- running ------------------------------------------------------------------------------------

    /**
     * What a consolidating Phòng's report takes from its schools' accepted reports when its editor saves
     * it is what the job gave its district: the same sums, and the percentage weighed by the same staff.
     * The Phòng's seeded report is put back to a draft first (it changes the round, so this comes last).
     */
    private void aPhongSumsItsSchoolsAsTheJobSumsItsDistrict(Round round, long runId) throws Exception {
        Map<String, String> consolidated = results(runId, "consolidated_value", "cell", "amount", "units");
        long phong = round.units.values().stream().filter(u -> u.type() == UnitType.PHONG).mapToLong(Unit::id).min()
                .orElseThrow();
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement draft = connection.prepareStatement(
                     "UPDATE unit_report SET status = 'DRAFT' WHERE round_id = ? AND org_unit_id = ?")) {
            draft.setLong(1, round.roundId);
            draft.setLong(2, phong);
            draft.executeUpdate();
        }
        Actor admin = actor("admin");
        String username = "phongsum" + Long.toString(System.nanoTime(), 36);
        long accountId = accounts.create(admin, username, "Chuyên viên Phòng thử tổng hợp", null,
                "Start2020x".toCharArray()).getId();
        accounts.grant(admin, accountId, Role.UNIT_EDITOR, phong);
        Actor editor = actor(username);
        long reportId = reports.open(editor, round.programmeId, round.roundCode, phong);
        int version = reports.find(editor, round.programmeId, round.roundCode, phong).orElseThrow().getVersion();
        UnitReport saved = reports.record(editor, reportId, version, Map.of());
        for (String cell : List.of("BDG-01", "BDG-01.nu", SeededRound.SHARE, SeededRound.SHARE + ".nu")) {
            BigDecimal job = first(consolidated.get("DISTRICT|" + phong + "|" + cell));
            assertEquals(0, job.compareTo(saved.value(cell)), cell + ": the job " + job + ", the Phòng "
                    + saved.value(cell));
        }
    }

    private long consolidate(Actor so, long roundId) throws InterruptedException {
        long runId = job.start(so, roundId, false);
        await(so, runId, RunStatus.PUBLISHED);
        return runId;
    }

    private RunProgress await(Actor so, long runId, RunStatus outcome) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 180_000;
        RunProgress progress = job.progress(so, runId);
        while (!progress.isFinished() && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            progress = job.progress(so, runId);
        }
        assertEquals(outcome, progress.getStatus(), "run " + runId + ": " + progress.getLastError());
        return progress;
    }

    // ---- the independent computation -----------------------------------------------------------------

    /** What the consolidation must give, computed from the raw values without the job's SQL. */
    private final class Expected {

        /** "ALL||BDG-01" → "1234|290": scope, cell → amount and units (units empty for recomputed ones). */
        final Map<String, String> values = new TreeMap<>();
        final Map<String, String> timeliness = new TreeMap<>();
        final Map<String, BigDecimal[]> sums = new HashMap<>();
        /** A percentage's cells: "ALL||BDG-27" → the units' percentages times their staff, the staff, the units. */
        final Map<String, BigDecimal[]> weighed = new HashMap<>();
        final Set<Long> districtKeys = new java.util.HashSet<>();
        int reports;

        int districts() {
            return districtKeys.size();
        }

        void add(String scope, String cell, BigDecimal amount) {
            sums.merge(scope + "|" + cell, new BigDecimal[] {amount, BigDecimal.ONE},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1])});
        }

        void addWeighed(String scope, String cell, BigDecimal percent, BigDecimal weight) {
            weighed.merge(scope + "|" + cell, new BigDecimal[] {percent.multiply(weight), weight, BigDecimal.ONE},
                    (a, b) -> new BigDecimal[] {a[0].add(b[0]), a[1].add(b[1]), a[2].add(b[2])});
        }

        void finish() {
            weighed.forEach((key, parts) -> values.put(key, plain(parts[0].divide(parts[1], 10, RoundingMode.HALF_UP)
                    .setScale(4, RoundingMode.HALF_UP)) + "|" + plain(parts[2])));
            Set<String> scopes = new java.util.HashSet<>();
            sums.forEach((key, sum) -> {
                values.put(key, plain(sum[0]) + "|" + plain(sum[1]));
                scopes.add(key.substring(0, key.lastIndexOf('|')));
            });
            for (String scope : scopes) {
                BigDecimal managers = amount(scope, "BDG-02");
                BigDecimal heads = amount(scope, "BDG-03");
                BigDecimal deputies = amount(scope, "BDG-04");
                if (managers != null && heads != null && deputies != null && managers.signum() != 0) {
                    values.put(scope + "|BDG-05", plain(HUNDRED.multiply(heads.add(deputies))
                            .divide(managers, 4, RoundingMode.HALF_UP)) + "|");
                }
            }
        }

        BigDecimal amount(String scope, String cell) {
            BigDecimal[] sum = sums.get(scope + "|" + cell);
            return sum == null ? null : sum[0];
        }

        /** Female share, gap and the change against the previous run's values (same scope and cell). */
        Map<String, String> gaps(Map<String, String> previousValues) {
            Map<String, String> gaps = new TreeMap<>();
            sums.forEach((key, sum) -> {
                if (!key.endsWith(".nu") || key.contains("[")) {
                    return;
                }
                String totalKey = key.substring(0, key.length() - 3);
                String scope = totalKey.substring(0, totalKey.lastIndexOf('|'));
                String indicator = totalKey.substring(totalKey.lastIndexOf('|') + 1);
                BigDecimal total = sums.get(totalKey)[0];
                BigDecimal female = sum[0];
                BigDecimal share = share(female, total);
                BigDecimal previousTotal = first(previousValues.get(totalKey));
                BigDecimal previousFemale = first(previousValues.get(key));
                BigDecimal previousShare = previousTotal == null || previousFemale == null ? null
                        : share(previousFemale, previousTotal);
                BigDecimal change = share == null || previousShare == null ? null : share.subtract(previousShare);
                gaps.put(scope + "|" + indicator, String.join("|", plain(total), plain(female), plain(share),
                        plain(female.multiply(BigDecimal.valueOf(2)).subtract(total)), plain(previousTotal),
                        plain(previousFemale), plain(previousShare), plain(change)));
            });
            return gaps;
        }

        Map<String, String> targets() {
            Map<String, String> targets = new TreeMap<>();
            BigDecimal[] flags = sums.get("ALL||" + SeededRound.FLAG);
            targets.put("WOMEN_IN_KEY_LEADERSHIP", "2030|75|" + plain(share(flags[0], flags[1])) + "|"
                    + plain(flags[0]) + "|" + plain(flags[1]) + "|" + plain(share(flags[0], flags[1]).subtract(new BigDecimal("75"))));
            BigDecimal female = amount("ALL|", "BDG-12[Trình độ=Tiến sĩ].nu");
            BigDecimal all = amount("ALL|", "BDG-12[Trình độ=Tiến sĩ]");
            targets.put("FEMALE_DOCTORATES", "2030|30|" + plain(share(female, all)) + "|" + plain(female) + "|"
                    + plain(all) + "|" + plain(share(female, all).subtract(new BigDecimal("30"))));
            return targets;
        }
    }

    private Expected expect(Round round, Set<String> counted) throws SQLException, NamingException {
        Expected expected = new Expected();
        Map<Long, String> statusOf = new HashMap<>();
        Map<Long, Boolean> lateOf = new HashMap<>();
        try (Connection connection = SeededRound.dataSource().getConnection()) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT org_unit_id, status, late FROM unit_report WHERE round_id = ?")) {
                query.setLong(1, round.roundId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        statusOf.put(rows.getLong(1), rows.getString(2));
                        lateOf.put(rows.getLong(1), rows.getBoolean(3));
                    }
                }
            }
            Map<Long, Map<String, BigDecimal>> valuesOf = new HashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT r.org_unit_id, v.cell, v.amount"
                    + " FROM unit_report r JOIN report_value v ON v.report_id = r.id WHERE r.round_id = ?")) {
                query.setLong(1, round.roundId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        valuesOf.computeIfAbsent(rows.getLong(1), k -> new HashMap<>()).put(rows.getString(2),
                                rows.getBigDecimal(3));
                    }
                }
            }
            for (Unit unit : round.units.values()) {
                String status = statusOf.get(unit.id());
                if (status == null || !counted.contains(status)) {
                    continue;
                }
                expected.reports++;
                expected.districtKeys.add(unit.district());
                List<String> scopes = List.of("ALL|", "DISTRICT|" + unit.district(), "TYPE|" + unit.type());
                Map<String, BigDecimal> values = valuesOf.getOrDefault(unit.id(), Map.of());
                boolean phong = unit.type() == UnitType.PHONG;
                values.forEach((cell, amount) -> {
                    boolean yesNo = cell.equals("BDG-29") || cell.equals("BDG-34");
                    if (cell.startsWith(SeededRound.SHARE)) {
                        BigDecimal staff = values.get(SeededRound.SHARE_BASE + cell.substring(SeededRound.SHARE.length()));
                        if (!phong && staff != null && staff.signum() > 0) {
                            scopes.forEach(scope -> expected.addWeighed(scope, cell, amount, staff));
                        }
                    } else if (!phong || yesNo) {
                        scopes.forEach(scope -> expected.add(scope, cell, amount));
                    }
                });
                if (!phong && values.containsKey("BDG-03") && values.containsKey("BDG-04")) {
                    BigDecimal flag = values.get("BDG-03").add(values.get("BDG-04")).min(BigDecimal.ONE);
                    scopes.forEach(scope -> expected.add(scope, SeededRound.FLAG, flag));
                }
            }
        }
        expected.finish();
        LocalDate today = LocalDate.now(vn.bdg.application.BusinessClock.ZONE);
        Map<String, int[]> timeliness = new TreeMap<>();
        for (Unit unit : round.units.values()) {
            String status = statusOf.get(unit.id());
            int column;
            if ("ACCEPTED".equals(status) || "SUBMITTED".equals(status)) {
                column = lateOf.get(unit.id()) ? 2 : 1;
            } else if ("MISSING".equals(status)) {
                column = 3;
            } else {
                column = 4; // the round is not due yet (a future year), so the rest is pending
            }
            boolean isCounted = status != null && counted.contains(status);
            for (String scope : List.of("ALL|", "DISTRICT|" + unit.district(), "TYPE|" + unit.type())) {
                int[] row = timeliness.computeIfAbsent(scope, k -> new int[6]);
                row[0]++;
                row[column]++;
                row[5] += isCounted ? 1 : 0;
            }
        }
        assertTrue(today.isBefore(round.cutOff), "the seeded round lies in the future");
        timeliness.forEach((scope, row) -> expected.timeliness.put(scope, row[0] + "|" + row[1] + "|" + row[2] + "|"
                + row[3] + "|" + row[4] + "|" + row[5]));
        return expected;
    }

    // ---- reading the results --------------------------------------------------------------------------

    /** A run's rows of {@code table}: "scope_kind|scope_key|key" → the columns joined with '|'. */
    private static Map<String, String> results(long runId, String table, String key, String... columns)
            throws SQLException, NamingException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT scope_kind, scope_key, " + key + ", "
                     + String.join(", ", columns) + " FROM " + table + " WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < columns.length; i++) {
                        Object value = row.getObject(4 + i);
                        values.add(value == null ? "" : plain(new BigDecimal(value.toString())));
                    }
                    rows.put(row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3), String.join("|", values));
                }
            }
        }
        return rows;
    }

    private static Map<String, String> timeliness(long runId) throws SQLException, NamingException {
        Map<String, String> rows = new TreeMap<>();
        results(runId, "consolidated_timeliness", "'x'", "expected", "on_time", "late", "missing", "pending", "counted")
                .forEach((key, value) -> rows.put(key.substring(0, key.length() - 2), value));
        return rows;
    }

    private static Map<String, String> targets(long runId) throws SQLException, NamingException {
        Map<String, String> rows = new TreeMap<>();
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement("SELECT target_code, target_year, target, actual,"
                     + " numerator, denominator, distance FROM consolidated_target WHERE run_id = ?")) {
            query.setLong(1, runId);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 2; i <= 7; i++) {
                        Object value = row.getObject(i);
                        values.add(value == null ? "" : plain(new BigDecimal(value.toString())));
                    }
                    rows.put(row.getString(1), String.join("|", values));
                }
            }
        }
        return rows;
    }

    private static long publishedRun(long roundId) throws SQLException, NamingException {
        try (Connection connection = SeededRound.dataSource().getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT run_id FROM consolidation_publication WHERE round_id = ?")) {
            query.setLong(1, roundId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the round has a published run");
                return row.getLong(1);
            }
        }
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole == null || part == null || whole.signum() == 0 ? null
                : HUNDRED.multiply(part).divide(whole, 4, RoundingMode.HALF_UP);
    }

    private static BigDecimal first(String joined) {
        return joined == null ? null : new BigDecimal(joined.substring(0, joined.indexOf('|')));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
