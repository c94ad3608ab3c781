package vn.bdg.application.board;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.bdg.application.AccessPolicy;
import vn.bdg.application.Actor;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.audit.AuditEvent;
import vn.bdg.application.audit.AuditTrail;
import vn.bdg.application.evidence.Download;
import vn.bdg.domain.model.account.Role;
import vn.bdg.domain.model.audit.AuditKind;
import vn.bdg.domain.model.audit.AuditSubjects;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ProgrammeRepository;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.domain.shared.AccessDeniedException;
import vn.bdg.domain.shared.NotFoundException;

/**
 * The timeliness board of a published programme's round, for the people who follow who has reported:
 * a REVIEWER, CAMPAIGN_ADMIN or VIEWER sees the expected units of the subtrees they hold one of those
 * roles on, and nothing else (a Phòng's reviewer sees the Phòng and its schools). Anybody else, a unit's
 * editor or head among them, is refused. Units are judged as of today in the Department's time zone.
 */
@Stateless
public class TimelinessBoard {

    /** The roles that follow a board; a unit's own editor and head follow their report on its page. */
    static final Set<Role> BOARD_ROLES = EnumSet.of(Role.REVIEWER, Role.CAMPAIGN_ADMIN, Role.VIEWER);

    /** The longest page of units one call returns. */
    public static final int MAX_PAGE = 500;

    @Inject
    private ProgrammeRepository programmes;

    @Inject
    private BoardQueries queries;

    @Inject
    private AccessPolicy access;

    @Inject
    private BusinessClock clock;

    @Inject
    private AuditTrail audit;

    /** Counts per state and timeliness, in total, per district and per unit type, of one level or all. */
    public BoardSummary summary(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                                ReportingLevel level) {
        BoardQuery query = query(actor, programmeId, roundCode, BoardFilter.all().withLevel(level));
        return BoardSummary.of(query.today(), queries.counts(query));
    }

    /** A page of the filtered units, in board order. */
    public List<BoardRow> units(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                                @NotNull BoardFilter filter, @Min(0) int first, @Min(1) @Max(MAX_PAGE) int max) {
        return queries.rows(query(actor, programmeId, roundCode, filter), first, max);
    }

    /** How many units the filter leaves. */
    public long count(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                      @NotNull BoardFilter filter) {
        return queries.count(query(actor, programmeId, roundCode, filter));
    }

    /**
     * The filtered units that have not sent their report (not started, draft, returned or marked
     * missing), as an XLSX list to follow them up: unit, type, district, due date, state and the reason
     * a reviewer gave for marking it missing.
     */
    public Download missingWorkbook(@NotNull Actor actor, long programmeId, @NotNull String roundCode,
                                    @NotNull BoardFilter filter) {
        requireBoardRole(actor);
        Programme programme = published(programmeId);
        ReportingRound round = programme.round(roundCode);
        BoardQuery query = query(actor, programme, round, filter).unsent();
        byte[] content = MissingList.write(programme, round, query.today(), queries.allRows(query));
        audit.record(AuditEvent.of(actor.username(), AuditKind.EXPORT, AuditSubjects.ROUND, round.getId(),
                programme.getIssuer().getId(), "audit.board.exported", round.getName()));
        return new Download(MissingList.fileName(round), MissingList.MEDIA_TYPE, content);
    }

    /** Whether the actor may open boards at all; the page offers the board only then. */
    public boolean mayView(@NotNull Actor actor) {
        return BOARD_ROLES.stream().anyMatch(role -> !access.grantScopes(actor, role).isEmpty());
    }

    private BoardQuery query(Actor actor, long programmeId, String roundCode, BoardFilter filter) {
        requireBoardRole(actor);
        Programme programme = published(programmeId);
        return query(actor, programme, programme.round(roundCode), filter);
    }

    private BoardQuery query(Actor actor, Programme programme, ReportingRound round, BoardFilter filter) {
        LocalDate today = clock.today();
        return new BoardQuery(actor.accountId(), BOARD_ROLES, programme.getId(), round.getId(), today, filter, false);
    }

    /** Refused before anything is looked up, so that a refused person learns nothing about programmes. */
    private void requireBoardRole(Actor actor) {
        if (!mayView(actor)) {
            throw new AccessDeniedException();
        }
    }

    private Programme published(long programmeId) {
        Programme programme = programmes.find(programmeId).orElseThrow(NotFoundException::new);
        if (!programme.isPublished()) {
            throw new NotFoundException();
        }
        return programme;
    }
}
