package vn.bdg.infrastructure.mail;

import jakarta.ejb.Asynchronous;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import vn.bdg.application.BusinessClock;
import vn.bdg.application.internal.MailQueued;
import vn.bdg.domain.model.notice.NoticeRepository;

/**
 * Sends the queued mails: right after a transaction that queued some commits, and every minute for
 * those that failed or were queued before a restart. One run at a time (a singleton's write lock);
 * each mail in its own transaction through {@link MailSender}.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDispatcher {

    private static final int BATCH = 200;

    @Inject
    private NoticeRepository notices;

    @Inject
    private MailSender sender;

    @Inject
    private BusinessClock clock;

    @Asynchronous
    public void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        sendDue();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    public void everyMinute() {
        sendDue();
    }

    /** Sends every mail due now; returns how many went out. */
    public int sendDue() {
        int sent = 0;
        List<Long> due = notices.mailsDue(clock.now(), BATCH);
        while (!due.isEmpty()) {
            int before = sent;
            for (Long id : due) {
                if (sender.send(id)) {
                    sent++;
                }
            }
            if (sent == before || due.size() < BATCH) {
                break;
            }
            due = notices.mailsDue(clock.now(), BATCH);
        }
        return sent;
    }
}
