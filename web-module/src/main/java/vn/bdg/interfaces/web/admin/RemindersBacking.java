package vn.bdg.interfaces.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.bdg.application.reminder.ReminderService;
import vn.bdg.domain.model.reminder.SentReminderRow;
import vn.bdg.interfaces.web.security.UserSession;
import vn.bdg.interfaces.web.support.Feedback;
import vn.bdg.interfaces.web.support.Guarded;

/**
 * The reminders sent, a page at a time (there is a row per unit, round, kind and day), and the button
 * that sends today's reminders and digests now instead of at 6:00; what was sent already is not sent
 * again.
 */
@Named
@ViewScoped
public class RemindersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReminderService reminderService;

    @Inject
    private UserSession session;

    @Inject
    private Feedback feedback;

    private String daysBefore = "";

    private final LazyDataModel<SentReminderRow> sent = new SentReminders();

    @PostConstruct
    void init() {
        Guarded.run(feedback, () -> daysBefore = reminderService.daysBefore(session.actor()).stream()
                .sorted(Comparator.reverseOrder()).map(String::valueOf).collect(Collectors.joining(", ")));
    }

    public void sendNow() {
        Guarded.run(feedback, () -> {
            int reminders = reminderService.remindToday(session.actor());
            int digests = reminderService.digestToday(session.actor());
            feedback.info("admin.reminders.sent", reminders, digests);
        });
    }

    public String getDaysBefore() {
        return daysBefore;
    }

    public LazyDataModel<SentReminderRow> getSent() {
        return sent;
    }

    /** Reads only the page shown; the list is always the latest first. */
    private class SentReminders extends LazyDataModel<SentReminderRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, reminderService.countSent(session.actor()));
        }

        @Override
        public List<SentReminderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                          Map<String, FilterMeta> filterBy) {
            return reminderService.sent(session.actor(), first, pageSize);
        }
    }
}
