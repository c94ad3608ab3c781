package vn.bdg.interfaces.web.org;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.bdg.batch.searchkeys.JobProgress;
import vn.bdg.batch.searchkeys.SearchKeyJob;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** Starts the search-key rebuild job and shows its progress until it finishes. */
@Named
@ViewScoped
public class SearchKeyJobBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SearchKeyJob job;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private JobProgress progress;

    public void start() {
        Guarded.run(feedback, () -> progress = job.progress(session.actor(), job.start(session.actor())));
    }

    public void refresh() {
        if (progress != null && !progress.isFinished()) {
            progress = job.progress(session.actor(), progress.executionId());
            if (progress.isFinished()) {
                feedback.info("org.reindex.finished", progress.done());
            }
        }
    }

    public boolean isRunning() {
        return progress != null && !progress.isFinished();
    }

    public JobProgress getProgress() {
        return progress;
    }
}
