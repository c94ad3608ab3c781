package vn.bdg.application.consolidation;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.board.BoardFilter;
import vn.bdg.application.board.BoardQueries;
import vn.bdg.application.board.BoardQuery;
import vn.bdg.application.board.Timeliness;
import vn.bdg.application.consolidation.ConsolidatedReport.Quote;
import vn.bdg.application.consolidation.CountedNarratives.NarrativeSize;
import vn.bdg.application.consolidation.CountedNarratives.NarrativeText;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.report.ReportDocumentService.Format;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.consolidation.ScopeKind;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.BusinessException;
import vn.bdg.domain.shared.NotFoundException;
import vn.bdg.infrastructure.document.NarrativeHtml;
import vn.bdg.infrastructure.document.OfficialReport;

/**
 * The Department's consolidated report of a round, as an editable DOCX or a PDF, from the round's
 * published consolidation run ({@link ConsolidatedReport} says what it contains). It is the Department's
 * own document, so only a CAMPAIGN_ADMIN, REVIEWER, UNIT_HEAD or VIEWER of the programme's issuer
 * downloads it; a Phòng's reviewer or a school is refused. A round whose consolidation was never
 * published is refused with a reason, rather than given a report of figures that are still changing.
 *
 * <p>The units that sent late or not at all are those the run judged so when it took its snapshot, the
 * same units its timeliness figures count, even when one of them has sent its report since. A run
 * consolidated before units were kept with their timeliness has only the figures; for it the board's
 * rows judged on the snapshot's day stand in, as they stand now.
 */
@Stateless
public class ConsolidatedReportService {

    /** The Department's own roles; held on the programme's issuer (or above), they open its report. */
    static final Set<Role> DEPARTMENT_ROLES = EnumSet.of(Role.CAMPAIGN_ADMIN, Role.REVIEWER, Role.UNIT_HEAD, Role.VIEWER);

    @Inject
    private ResultQueries results;

    @Inject
    private CountedNarratives narratives;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private BoardQueries board;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    public Download docx(@NotNull Actor actor, long roundId) {
        return document(actor, roundId, Format.DOCX);
    }

    public Download pdf(@NotNull Actor actor, long roundId) {
        return document(actor, roundId, Format.PDF);
    }

    private Download document(Actor actor, long roundId, Format format) {
        Programme programme = results.programmeOfRound(roundId).flatMap(programmes::find)
                .orElseThrow(NotFoundException::new);
        ReportingRound round = programme.getRounds().stream().filter(r -> r.getId() == roundId).findFirst()
                .orElseThrow(NotFoundException::new);
        requireDepartmentRole(actor, programme);
        PublishedRun published = results.publishedRun(roundId)
                .orElseThrow(() -> new BusinessException("consolidatedReport.error.notPublished", round.getName()));
        long runId = published.runId();
        ConsolidatedReport.Run run = ConsolidatedReport.Run.of(published);
        Optional<TimelinessLine> timeliness = wholeRoundTimeliness(runId);
        OfficialReport report = ConsolidatedReport.of(new ConsolidatedReport.Content(programme, round, clock.today(),
                run, results.indicators(runId, Scope.whole()), timeliness, results.gaps(runId, Scope.whole()),
                results.targets(runId), quotes(runId),
                judged(actor, programme, round, run, Timeliness.LATE, timeliness.map(TimelinessLine::late)),
                judged(actor, programme, round, run, Timeliness.MISSING, timeliness.map(TimelinessLine::missing))));
        audit.record(AuditEvent.of(actor.username(), AuditKind.EXPORT, AuditSubjects.ROUND, round.getId(),
                programme.getIssuer().getId(), "audit.consolidatedReport.exported", format.name(), round.getName()));
        return new Download(ConsolidatedReport.fileName(programme, round) + format.extension(), format.mediaType(),
                format.write(report));
    }

    private void requireDepartmentRole(Actor actor, Programme programme) {
        long issuer = programme.getIssuer().getId();
        boolean department = DEPARTMENT_ROLES.stream()
                .anyMatch(role -> access.unitsWithRole(actor, role, clock.today()).contains(issuer));
        if (!department) {
            throw new AccessDeniedException();
        }
    }

    private Optional<TimelinessLine> wholeRoundTimeliness(long runId) {
        return results.timeliness(runId, null).stream().filter(line -> line.scope().kind() == ScopeKind.ALL)
                .findFirst();
    }

    /** The excerpts of each task: the chosen narratives' text, plain and cut short. */
    private Map<String, List<Quote>> quotes(long runId) {
        Map<String, List<NarrativeSize>> chosen = Excerpts.choose(narratives.sizes(runId));
        Set<Long> reports = chosen.values().stream().flatMap(List::stream).map(NarrativeSize::reportId)
                .collect(Collectors.toSet());
        if (reports.isEmpty()) {
            return Map.of();
        }
        Map<NarrativeKey, String> texts = narratives.texts(reports).stream()
                .collect(Collectors.toMap(n -> new NarrativeKey(n.reportId(), n.taskCode()), NarrativeText::html));
        Map<String, List<Quote>> quotes = new HashMap<>();
        chosen.forEach((task, ofTask) -> quotes.put(task, ofTask.stream()
                .map(n -> new Quote(Excerpts.cut(NarrativeHtml.plainText(
                        texts.get(new NarrativeKey(n.reportId(), n.taskCode()))), Excerpts.MAX_LENGTH), n.unitName()))
                .filter(quote -> !quote.text().isEmpty())
                .toList()));
        return quotes;
    }

    private record NarrativeKey(long reportId, String taskCode) {
    }

    /**
     * The units the run judged to have one timeliness; {@code counted} is how many its figures count.
     * When the run kept none though it counted some, it predates the frozen units and the board stands in.
     */
    private List<JudgedUnit> judged(Actor actor, Programme programme, ReportingRound round, ConsolidatedReport.Run run,
                                    Timeliness timeliness, Optional<Integer> counted) {
        List<JudgedUnit> frozen = results.judgedUnits(run.runId(), timeliness.name());
        if (!frozen.isEmpty() || counted.orElse(0) == 0) {
            return frozen;
        }
        return board.allRows(new BoardQuery(actor.accountId(), DEPARTMENT_ROLES, programme.getId(), round.getId(),
                        run.judgedOn(), BoardFilter.all().withTimeliness(timeliness), false)).stream()
                .map(row -> new JudgedUnit(row.getUnitName(), row.getDistrict(), row.getMissingReason()))
                .toList();
    }
}
