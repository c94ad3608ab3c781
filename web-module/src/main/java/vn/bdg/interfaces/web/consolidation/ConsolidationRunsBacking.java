package vn.bdg.interfaces.web.consolidation;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.omnifaces.util.Faces;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.consolidation.ConsolidationRuns;
import vn.bdg.application.programme.ProgrammeService;
import vn.bdg.batch.consolidation.ConsolidationJob;
import vn.bdg.batch.consolidation.RunHistory;
import vn.bdg.batch.consolidation.RunProgress;
import vn.bdg.domain.model.consolidation.ConsolidationRun;
import vn.bdg.domain.model.programme.Programme;
import vn.bdg.domain.model.programme.ReportingRound;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * The consolidation of a programme's round for its CAMPAIGN_ADMIN ({@code
 * consolidation/runs.xhtml?programme=&round=}): start a run (optionally counting submitted reports not yet
 * accepted), watch its progress live (step, districts summed), stop it, restart a failed or stopped run
 * from its checkpoint, and the history of the round's runs with each execution and what its steps did.
 */
@Named
@ViewScoped
public class ConsolidationRunsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ConsolidationJob job;

    @Inject
    private ConsolidationRuns runs;

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
    private Programme programme;
    private boolean includeSubmitted;
    private List<RunHistory> history = List.of();
    private RunProgress progress;

    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        boolean ok = programmeId != null && Guarded.run(feedback, () -> {
            programme = programmeService.programme(session.actor(), programmeId);
            if (roundCode == null || roundCode.isBlank()) {
                roundCode = defaultRound().getCode();
            }
            programme.round(roundCode);
        });
        if (!ok) {
            Faces.responseSendError(404, null);
            return;
        }
        if (!runs.mayManage(session.actor(), getRound().getId())) {
            Faces.responseSendError(403, null);
            return;
        }
        refresh();
    }

    /** The history afresh and the latest run's progress, after another round was chosen or any action. */
    public void refresh() {
        Guarded.run(feedback, () -> {
            history = job.history(session.actor(), getRound().getId());
            progress = history.isEmpty() ? null : job.progress(session.actor(), history.get(0).getRun().getId());
        });
    }

    /** The poll's call while a run computes; the history is read again once it has finished. */
    public void poll() {
        if (progress == null) {
            return;
        }
        Guarded.run(feedback, () -> {
            progress = job.progress(session.actor(), progress.getRunId());
            if (progress.isFinished()) {
                history = job.history(session.actor(), getRound().getId());
                feedback.info("consolidation.finished." + progress.getStatus());
            }
        });
    }

    public void start() {
        if (Guarded.run(feedback, () -> job.start(session.actor(), getRound().getId(), includeSubmitted))) {
            feedback.info("consolidation.started");
            refresh();
        }
    }

    public void stop(long runId) {
        if (Guarded.run(feedback, () -> job.stop(session.actor(), runId))) {
            feedback.info("consolidation.stopping");
        }
    }

    public void restart(long runId) {
        if (Guarded.run(feedback, () -> job.restart(session.actor(), runId))) {
            feedback.info("consolidation.restarted");
            refresh();
        }
    }

    /** Only the round's latest run may be restarted, and only when it failed or was stopped. */
    public boolean restartable(ConsolidationRun run) {
        return !history.isEmpty() && history.get(0).getRun().getId().equals(run.getId()) && run.getStatus().isRestartable();
    }

    public boolean isRunning() {
        return progress != null && !progress.isFinished();
    }

    /** The error of a run: a message of the application by its key, or the error text as recorded. */
    public String errorText(ConsolidationRun run) {
        return errorText(run.getLastError());
    }

    public String getProgressError() {
        return progress == null ? "" : errorText(progress.getLastError());
    }

    private String errorText(String error) {
        if (error == null) {
            return "";
        }
        return error.equals(ConsolidationRuns.INTERRUPTED) ? feedback.text(error) : error;
    }

    public String requester(ConsolidationRun run) {
        return ConsolidationRuns.TIMER.equals(run.getRequestedBy()) ? feedback.text("consolidation.byTimer")
                : run.getRequestedBy();
    }

    private ReportingRound defaultRound() {
        List<ReportingRound> rounds = programme.getRounds();
        return rounds.stream().filter(r -> r.getDueTop().isBefore(clock.today()))
                .max(Comparator.comparing(ReportingRound::getDueTop))
                .orElse(rounds.get(0));
    }

    public ReportingRound getRound() {
        return programme.round(roundCode);
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

    public Programme getProgramme() {
        return programme;
    }

    public boolean isIncludeSubmitted() {
        return includeSubmitted;
    }

    public void setIncludeSubmitted(boolean includeSubmitted) {
        this.includeSubmitted = includeSubmitted;
    }

    public List<RunHistory> getHistory() {
        return history;
    }

    public RunProgress getProgress() {
        return progress;
    }
}
