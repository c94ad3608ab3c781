package vn.bdg.interfaces.web.notice;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import vn.bdg.application.NoticeService;
import vn.bdg.domain.model.notice.Notice;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/** The signed-in person's notices, each in their own language, and the unread count the menu shows. */
@Named
@RequestScoped
public class NoticesBacking {

    @Inject
    private NoticeService notices;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private List<Notice> latest;
    private Long unread;

    public List<Notice> getLatest() {
        if (latest == null) {
            latest = notices.latest(session.actor());
        }
        return latest;
    }

    public long getUnreadCount() {
        if (unread == null) {
            unread = session.isSignedIn() ? notices.unreadCount(session.actor()) : 0L;
        }
        return unread;
    }

    /** The notice's sentence in the reader's language. */
    public String text(Notice notice) {
        return feedback.text("notice." + notice.getTopic(), notice.getArguments().toArray());
    }

    /** Marks the notice read and opens what it is about. */
    public void open(long noticeId) throws IOException {
        Notice[] opened = {null};
        if (Guarded.run(feedback, () -> opened[0] = notices.open(session.actor(), noticeId)) && opened[0].getLink() != null) {
            var external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + opened[0].getLink());
        }
    }

    public void markAllRead() {
        Guarded.run(feedback, () -> notices.markAllRead(session.actor()));
        latest = null;
        unread = null;
        feedback.info("notices.allRead");
    }
}
