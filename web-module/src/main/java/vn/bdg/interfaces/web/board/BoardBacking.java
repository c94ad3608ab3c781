package vn.bdg.interfaces.web.board;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;
import org.primefaces.model.StreamedContent;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.board.BoardFilter;
import vn.bdg.application.board.BoardRow;
import vn.bdg.application.board.BoardSummary;
import vn.bdg.application.board.District;
import vn.bdg.application.board.GroupCounts;
import vn.bdg.application.board.ReportingLevel;
import vn.bdg.application.board.SubmissionState;
import vn.bdg.application.board.Timeliness;
import vn.bdg.application.board.TimelinessBoard;
import vn.bdg.application.evidence.Download;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Downloads;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * The timeliness board of a programme's round ({@code reviews/board.xhtml?programme=&round=}): counts by
 * state and timeliness, a chart and tables per district and unit type, the units in a lazy table with
 * filters, and the missing list to download. The round and the level are chosen on the page; without a
 * round in the address, the first round not yet due is shown (or the last one).
 */
@Named
@ViewScoped
public class BoardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Bar colours of the chart: on time, late, missing, pending. */
    private static final String[] COLOURS = {"#22c55e", "#f59e0b", "#ef4444", "#9ca3af"};

    @Inject
    private TimelinessBoard board;

    @Inject
    private ProgrammeService programmeService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    @Inject
    private BusinessClock clock;

    private Long programmeId;
    private String roundCode;
    private ReportingLevel level;
    private Programme programme;
    private BoardSummary summary;
    private final BoardUnits units = new BoardUnits(this);

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        if (!board.mayView(session.actor())) {
            Faces.responseSendError(403, null);
            return;
        }
        boolean ok = programmeId != null && Guarded.run(feedback, () -> {
            programme = programmeService.programme(session.actor(), programmeId);
            if (roundCode == null || roundCode.isBlank()) {
                roundCode = defaultRound().getCode();
            }
            summary = board.summary(session.actor(), programmeId, roundCode, level);
        });
        if (!ok) {
            Faces.responseSendError(404, null);
        }
    }

    /** After another round or level was chosen: the counts afresh; the table asks for its page itself. */
    public void refresh() {
        Guarded.run(feedback, () -> summary = board.summary(session.actor(), programmeId, roundCode, level));
    }

    private ReportingRound defaultRound() {
        List<ReportingRound> rounds = programme.getRounds();
        return rounds.stream()
                .filter(r -> !r.getDueTop().isBefore(clock.today()))
                .min(Comparator.comparing(ReportingRound::getDueTop))
                .orElse(rounds.get(rounds.size() - 1));
    }

    long count(BoardFilter filter) {
        long[] count = {0};
        Guarded.run(feedback, () -> count[0] = board.count(session.actor(), programmeId, roundCode, filter));
        return count[0];
    }

    List<BoardRow> rows(BoardFilter filter, int first, int max) {
        List<BoardRow> rows = new ArrayList<>();
        Guarded.run(feedback, () -> rows.addAll(board.units(session.actor(), programmeId, roundCode, filter, first,
                Math.min(max, TimelinessBoard.MAX_PAGE))));
        return rows;
    }

    /** The units of the table's current filter that have not sent their report, as XLSX. */
    public StreamedContent missingList() {
        Download[] file = {null};
        if (!Guarded.run(feedback, () -> file[0] = board.missingWorkbook(session.actor(), programmeId, roundCode,
                units.currentFilter()))) {
            return null;
        }
        return Downloads.streamed(file[0]);
    }

    /**
     * A Chart.js bar chart per district of the units on time, late, missing and pending, stacked, as the
     * JSON configuration p:chart takes.
     */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder[] values = new JsonArrayBuilder[Timeliness.values().length];
        for (int i = 0; i < values.length; i++) {
            values[i] = Json.createArrayBuilder();
        }
        for (GroupCounts<District> district : summary.getDistricts()) {
            labels.add(districtLabel(district.getKey()));
            for (Timeliness judged : Timeliness.values()) {
                values[judged.ordinal()].add(district.getCounts().timeliness(judged));
            }
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Timeliness judged : Timeliness.values()) {
            datasets.add(dataset(feedback.text("board.timeliness." + judged), values[judged.ordinal()],
                    COLOURS[judged.ordinal()]));
        }
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder()
                        .add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("stacked", true))
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true))))
                .build().toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("backgroundColor", colour);
    }

    /** A district as the page names it: the Phòng's short name, or the units directly under the Sở. */
    public String districtLabel(District district) {
        return district.isDirectToSo() ? feedback.text("board.district.direct") : district.getName();
    }

    /**
     * The colour of a state's tag: accepted green, sent blue, returned amber, marked missing red; the
     * theme has no grey, so not started and draft have none here and are greyed by bdg.css.
     */
    public String stateSeverity(SubmissionState state) {
        return switch (state) {
            case ACCEPTED -> "success";
            case SUBMITTED -> "info";
            case RETURNED -> "warning";
            case MISSING -> "danger";
            case DRAFT, NOT_STARTED -> null;
        };
    }

    /** The colour of a timeliness tag, as in the chart (pending is greyed by bdg.css). */
    public String timelinessSeverity(Timeliness judged) {
        return switch (judged) {
            case ON_TIME -> "success";
            case LATE -> "warning";
            case MISSING -> "danger";
            case PENDING -> null;
        };
    }

    public ReportingRound getRound() {
        return programme.round(roundCode);
    }

    public List<SubmissionState> getStates() {
        return List.of(SubmissionState.values());
    }

    public List<Timeliness> getTimelinessValues() {
        return List.of(Timeliness.values());
    }

    public List<ReportingLevel> getLevels() {
        return List.of(ReportingLevel.values());
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public String getRoundCode() {
        return roundCode;
    }

    public void setRoundCode(String roundCode) {
        this.roundCode = roundCode;
    }

    public ReportingLevel getLevel() {
        return level;
    }

    public void setLevel(ReportingLevel level) {
        this.level = level;
    }

    public Programme getProgramme() {
        return programme;
    }

    public BoardSummary getSummary() {
        return summary;
    }

    public BoardUnits getUnits() {
        return units;
    }
}
