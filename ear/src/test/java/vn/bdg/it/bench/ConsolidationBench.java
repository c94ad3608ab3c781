package vn.bdg.it.bench;

import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.bdg.application.Actor;
import vn.bdg.application.AuthenticationService;
import vn.bdg.application.programme.ProgrammeForm;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.application.programme.RoundForm;
import vn.bdg.batch.consolidation.ConsolidationJob;
import vn.bdg.batch.consolidation.RunExecution;
import vn.bdg.batch.consolidation.RunProgress;
import vn.bdg.batch.consolidation.StepOutcome;
import vn.bdg.domain.model.org.UnitType;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.model.programme.RoundKind;
import vn.bdg.domain.model.programme.SigningAuthority;
import vn.bdg.it.support.Deployments;
import vn.bdg.it.support.SeededRound;

/**
 * How long the {@code consolidate-round} job takes for a whole Sở: a programme published to every demo
 * reporter (801 units, 15 districts) with a complete report (about 60 cells) seeded for nine units in ten,
 * six in ten accepted. One warm-up run, then {@value #RUNS} runs; the medians of the whole execution and
 * of each step are printed and written to target/bench/consolidation.md. Asserts nothing. Run with
 * {@code mvn -B verify -Pbench} (H2), or with {@code -Dit.test=ConsolidationBench} in the PostgreSQL run.
 */
@Tag("database")
@ExtendWith(ArquillianExtension.class)
class ConsolidationBench {

    private static final int RUNS = 5;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithTests(ConsolidationBench.class);
    }

    @Inject
    ConsolidationJob job;

    @Inject
    ProgrammeService programmes;

    @Inject
    AuthenticationService authentication;

    @Test
    void measure() throws Exception {
        Actor so = authentication.actor("so.ctrtt").orElseThrow();
        int year = 2040 + (int) (System.nanoTime() % 40);
        long programmeId = programme(so, year);
        Programme programme = programmes.programme(so, programmeId);
        ReportingRound round = programme.round("6T-" + year);
        List<SeededRound.Unit> units = new ArrayList<>();
        for (long unitId : new TreeSet<>(programme.getExpectedUnits())) {
            units.add(new SeededRound.Unit(unitId, UnitType.TH, 0));
        }
        int reports = SeededRound.seed(programmeId, round.getId(), round.getDueTop(), units, true).size();

        run(so, round.getId());
        List<Double> totals = new ArrayList<>();
        Map<String, List<Double>> steps = new LinkedHashMap<>();
        RunExecution last = null;
        for (int i = 0; i < RUNS; i++) {
            last = run(so, round.getId());
            totals.add(last.getSeconds());
            for (StepOutcome step : last.getSteps()) {
                steps.computeIfAbsent(step.getName(), k -> new ArrayList<>()).add(step.getSeconds());
            }
        }
        StringBuilder table = new StringBuilder("| What | median s | max s |\n|---|---:|---:|\n");
        table.append(row("whole execution (" + units.size() + " units, " + reports + " reports seeded)", totals));
        steps.forEach((name, seconds) -> table.append(row("step " + name, seconds)));
        StepOutcome summing = last.getSteps().stream().filter(s -> s.getName().equals("sum-districts")).findFirst()
                .orElseThrow();
        table.append("\nDistricts (partitions): ").append(summing.getReadCount()).append("; snapshot: ")
                .append(last.getSteps().get(0).getExitStatus()).append("; publish: ")
                .append(last.getSteps().get(last.getSteps().size() - 1).getExitStatus()).append('\n');
        System.out.println(table);
        Path out = Path.of(System.getProperty("bdg.it.serverDir", "target/it-server")).getParent().resolve("bench");
        write(out, table.toString());
    }

    private long programme(Actor so, int year) {
        ProgrammeForm form = new ProgrammeForm();
        form.setYear(year);
        form.setLetterNumber(String.valueOf(System.nanoTime() % 1_000_000));
        form.setLetterSymbol("SGDĐT-CTrTT");
        form.setIssuedOn(java.time.LocalDate.of(year, 3, 1));
        form.setPlace("Hải Phòng");
        form.setSubject("V/v đo thời gian tổng hợp năm " + year);
        form.setSigningAuthority(SigningAuthority.KT);
        form.setAuthorityTitle("GIÁM ĐỐC");
        form.setSignerTitle("PHÓ GIÁM ĐỐC");
        form.setSignerName("Nguyễn Văn Thử");
        form.setReporterTypes(List.of(UnitType.PHONG, UnitType.THPT, UnitType.MULTI_LEVEL, UnitType.THCS,
                UnitType.TH, UnitType.MN, UnitType.GDNN_GDTX, UnitType.AFFILIATED));
        long id = programmes.create(so, form);
        programmes.loadDefaultCatalogue(so, id);
        RoundForm round = RoundForm.defaults(RoundKind.SIX_MONTH, year);
        round.setCode("6T-" + year);
        round.setName("Báo cáo sơ kết 6 tháng đầu năm " + year);
        round.setDueTop(java.time.LocalDate.of(year, 5, 31));
        programmes.addRound(so, id, round);
        programmes.publish(so, id);
        return id;
    }

    private RunExecution run(Actor so, long roundId) throws InterruptedException {
        long runId = job.start(so, roundId, false);
        RunProgress progress = job.progress(so, runId);
        while (!progress.isFinished()) {
            Thread.sleep(50);
            progress = job.progress(so, runId);
        }
        // The run is published inside its last step; the batch runtime stamps the execution's end just after.
        RunExecution execution = job.history(so, roundId).get(0).getExecutions().get(0);
        while (execution.getSeconds() == null || execution.getSteps().stream().anyMatch(s -> s.getSeconds() == null)) {
            Thread.sleep(50);
            execution = job.history(so, roundId).get(0).getExecutions().get(0);
        }
        return execution;
    }

    private static String row(String what, List<Double> seconds) {
        List<Double> sorted = new ArrayList<>(seconds);
        Collections.sort(sorted);
        return "| " + what + " | " + sorted.get(sorted.size() / 2) + " | " + sorted.get(sorted.size() - 1) + " |\n";
    }

    private static void write(Path directory, String table) throws IOException {
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("consolidation.md"), table, StandardCharsets.UTF_8);
    }
}
