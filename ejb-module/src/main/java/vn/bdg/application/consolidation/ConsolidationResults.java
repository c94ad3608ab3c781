package vn.bdg.application.consolidation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.evidence.Download;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * A round's consolidated results as its readers see them: always the run the round is published at,
 * never a run in progress. The Sở's reviewers, campaign administrators, heads and viewers see the whole
 * round; a Phòng's reviewers, head and viewers see their district and the reports counted in it; anybody
 * else is refused ({@link Reach}). Every table is one query ({@link ResultQueries}); a round without a
 * published run has empty tables and an {@link Overview} that says so.
 */
@Stateless
public class ConsolidationResults {

    /** A cell of the catalogue without its female part: "BDG-01" or "BDG-01[Nhóm=GV]". */
    public static final String CELL = "[A-Z0-9-]{1,20}(\\[[^=\\]]{1,100}=[^\\]]{1,100}\\])?";

    @Inject
    private ResultQueries queries;

    @Inject
    private ConsolidationStore consolidation;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /**
     * The round, its published run if any (without the whole round's number of reports for a district's
     * reader), and how much of it the actor sees.
     */
    public Overview overview(@NotNull Actor actor, long roundId) {
        Reading reading = read(actor, roundId);
        boolean whole = reading.reach().wholeRound();
        PublishedRun run = reading.run().map(published -> whole ? published : published.withoutCount()).orElse(null);
        return new Overview(reading.programme().getId(), reading.programme().label(), roundId,
                reading.round().getCode(), reading.round().getName(), run, whole, reading.reach().districtList());
    }

    /** The same for the round of a programme named by its code, as the programme's pages name rounds. */
    public Overview overview(@NotNull Actor actor, long programmeId, @NotNull @Size(max = 20) String roundCode) {
        if (!Reach.mayRead(access, actor)) {
            throw new AccessDeniedException();
        }
        return overview(actor, queries.roundOf(programmeId, roundCode).orElseThrow(NotFoundException::new));
    }

    /** The indicator table of a scope: every consolidated cell, task by task. */
    public List<IndicatorLine> indicators(@NotNull Actor actor, long roundId, @NotNull @Valid Scope scope) {
        return inScope(actor, roundId, scope, run -> queries.indicators(run, scope));
    }

    /** One cell in every district the actor sees, the units directly under the Sở first. */
    public List<AreaFigures> byDistrict(@NotNull Actor actor, long roundId, @NotNull @Pattern(regexp = CELL) String cell) {
        Reading reading = read(actor, roundId);
        return reading.sorted(run -> queries.areas(run, ScopeKind.DISTRICT, cell, reading.reach().districtKeys()));
    }

    /** One cell in every unit type, for those who see the whole round. */
    public List<AreaFigures> byUnitType(@NotNull Actor actor, long roundId, @NotNull @Pattern(regexp = CELL) String cell) {
        Reading reading = read(actor, roundId);
        reading.reach().require(Scope.whole());
        return reading.sorted(run -> queries.areas(run, ScopeKind.TYPE, cell, null));
    }

    /** The timeliness of every scope the actor sees: the whole round, the districts, the unit types. */
    public List<TimelinessLine> timeliness(@NotNull Actor actor, long roundId) {
        Reading reading = read(actor, roundId);
        return reading.sorted(run -> queries.timeliness(run, reading.reach().districtKeys()));
    }

    /** The share of women and the female–male gap per sex-disaggregated indicator of a scope. */
    public List<GapLine> genderGaps(@NotNull Actor actor, long roundId, @NotNull @Valid Scope scope) {
        return inScope(actor, roundId, scope, run -> queries.gaps(run, scope));
    }

    /**
     * Every indicator of a scope against the same round kind of the issuer's previous year: the run the
     * consolidation compared the gender gaps with ({@link ConsolidationStore#previousYearRun}).
     */
    public List<YearLine> yearOverYear(@NotNull Actor actor, long roundId, @NotNull @Valid Scope scope) {
        return inScope(actor, roundId, scope, run -> queries.yearOverYear(run, scope, previousYear(run)));
    }

    private Long previousYear(long runId) {
        return consolidation.previousYearRun(runId).orElse(null);
    }

    /** The national targets measured on the whole round, for those who see it. */
    public List<TargetLine> targets(@NotNull Actor actor, long roundId) {
        return inScope(actor, roundId, Scope.whole(), queries::targets);
    }

    /**
     * The reports a district's figures were summed from (0: the units directly under the Sở), each with
     * its own value of {@code cell}: the drill-down from a district to its units' reports.
     */
    public List<UnitLine> districtUnits(@NotNull Actor actor, long roundId, long districtId,
                                        @NotNull @Pattern(regexp = CELL) String cell) {
        return inScope(actor, roundId, Scope.district(districtId), run -> queries.units(run, districtId, cell));
    }

    /** A scope's tables (indicators, gaps, previous year, timeliness, targets) as an XLSX workbook. */
    public Download workbook(@NotNull Actor actor, long roundId, @NotNull @Valid Scope scope) {
        return export(actor, roundId, scope, "XLSX", ResultFiles.XLSX, ".xlsx", ResultFiles::workbook);
    }

    /** The same tables as a landscape PDF. */
    public Download pdf(@NotNull Actor actor, long roundId, @NotNull @Valid Scope scope) {
        return export(actor, roundId, scope, "PDF", ResultFiles.PDF, ".pdf", ResultFiles::pdf);
    }

    /** What a file writer makes of the title lines and the tables. */
    @FunctionalInterface
    private interface Writer {
        byte[] write(List<String> titleLines, List<ResultTable> tables);
    }

    private Download export(Actor actor, long roundId, Scope scope, String format, String mediaType, String extension,
                            Writer writer) {
        Reading reading = read(actor, roundId);
        reading.reach().require(scope);
        PublishedRun run = reading.run().orElseThrow(() -> new BusinessException("consolidation.dashboard.error.notPublished"));
        List<TimelinessLine> timeliness = reading.sorted(id -> queries.timeliness(id, reading.reach().districtKeys()))
                .stream().filter(line -> line.scope().equals(scope)).toList();
        ScopeResults results = new ScopeResults(queries.indicators(run.runId(), scope), queries.gaps(run.runId(), scope),
                queries.yearOverYear(run.runId(), scope, previousYear(run.runId())), timeliness,
                scope.isWhole() ? queries.targets(run.runId()) : List.of());
        String scopeName = ResultTexts.scope(scope, timeliness.isEmpty() ? null : timeliness.get(0).name());
        int counted = timeliness.isEmpty() ? 0 : timeliness.get(0).counted();
        List<String> titleLines = ResultFiles.titleLines(reading.programme().label(), reading.round().getName(),
                scopeName, run, counted);
        byte[] content = writer.write(titleLines, ResultTables.of(results));
        Long unitId = scope.isDistrict() && !scope.isDirectToSo() ? scope.districtId()
                : reading.programme().getIssuer().getId();
        audit.record(AuditEvent.of(actor.username(), AuditKind.EXPORT, AuditSubjects.ROUND, roundId, unitId,
                "audit.consolidation.exported", format, reading.round().getName(), scopeName));
        return new Download(ResultFiles.fileName(reading.round().getCode(), scope, extension), mediaType, content);
    }

    /** Whether the actor may open results at all; the programme page offers them only then. */
    public boolean mayRead(@NotNull Actor actor) {
        return Reach.mayRead(access, actor);
    }

    private <T> List<T> inScope(Actor actor, long roundId, Scope scope, Function<Long, List<T>> query) {
        Reading reading = read(actor, roundId);
        reading.reach().require(scope);
        return reading.run().map(run -> query.apply(run.runId())).orElse(List.of());
    }

    /**
     * The round of a published programme and the actor's reach in it. A person without any role that
     * reads results is refused before anything is looked up, so that they learn nothing about rounds.
     */
    private Reading read(Actor actor, long roundId) {
        if (!Reach.mayRead(access, actor)) {
            throw new AccessDeniedException();
        }
        Programme programme = queries.programmeOfRound(roundId).flatMap(programmes::find)
                .filter(Programme::isPublished).orElseThrow(NotFoundException::new);
        ReportingRound round = programme.getRounds().stream().filter(r -> r.getId() == roundId).findFirst()
                .orElseThrow(NotFoundException::new);
        Reach reach = Reach.of(access, actor, programme, clock.today());
        return new Reading(programme, round, reach, queries.publishedRun(roundId));
    }

    /** One call's view of a round. */
    private record Reading(Programme programme, ReportingRound round, Reach reach, Optional<PublishedRun> run) {

        /** The lines of the published run (none without one) in the order areas are listed in. */
        <T extends Area> List<T> sorted(Function<Long, List<T>> query) {
            return run.map(published -> query.apply(published.runId()).stream().sorted(AreaOrder.AREAS).toList())
                    .orElse(List.of());
        }
    }
}
